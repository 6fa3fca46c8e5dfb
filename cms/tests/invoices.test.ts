import { beforeAll, describe, expect, it } from 'vitest'
import type Stripe from 'stripe'
import { createAccount, type Account } from '../../tests/support/accounts'
import { testPayload } from '../../tests/support/payload'
import { rest } from '../../tests/support/rest'
import { issueCreditNote } from '../src/invoices/creditNote'
import { issueCreditNoteForRefund, issueInvoiceForStripeInvoice } from '../src/invoices/fromStripe'
import { createIssuedInvoice } from '../src/invoices/issue'
import { ensureDemoFirm, manualDraft } from './invoiceFixtures'

/**
 * Invoices as French law wants them (docs/decisions/035-invoices.md):
 * totals computed by the cms, drafts issued by admins, issued documents
 * immutable on every route even for admins, credit notes with their own
 * number, the Stripe path idempotent.
 */
let investor: Account
let admin: Account
beforeAll(async () => {
  await ensureDemoFirm(await testPayload())
  ;[investor, admin] = await Promise.all([createAccount('investor'), createAccount('admin')])
})

const draftBody = () => ({
  ...manualDraft(investor.id),
  // Typed totals are ignored: the shared calc decides.
  totalInclVatCents: 1,
  totalExclVatCents: 1,
})

describe('a manual invoice, from draft to issued', () => {
  it('computes lines, VAT by rate and totals, whatever was typed', async () => {
    const created = await rest('POST', '/invoices', { token: admin.token, body: { ...draftBody(), status: 'issued', number: 'FA-2000-000001' } })
    expect(created.status).toBe(201)
    const doc = created.body.doc
    // Status and number are the issuing code's: a create is a draft without a number.
    expect([doc.status, doc.number ?? null]).toEqual(['draft', null])
    // 3 × 33,33 = 99,99 HT, VAT 20,00 ; 10,01 HT, VAT 2,00 ; 2 × 15,50 = 31,00 HT, VAT 1,71 (shared/src/billing/vat.test.ts)
    expect(doc.lines.map((l: { vatCents: number }) => l.vatCents)).toEqual([2000, 200, 171])
    expect([doc.totalExclVatCents, doc.totalVatCents, doc.totalInclVatCents]).toEqual([14100, 2371, 16471])
    expect(doc.vatBreakdown.map((r: { vatRateBps: number; vatCents: number }) => [r.vatRateBps, r.vatCents])).toEqual([[2000, 2200], [550, 171]])
  })

  it('lets an admin edit and delete a draft, and hides drafts from the customer', async () => {
    const { body } = await rest('POST', '/invoices', { token: admin.token, body: draftBody() })
    const id = body.doc.id
    expect((await rest('GET', `/invoices/${id}`, { token: investor.token })).status).toBe(404)
    const edited = await rest('PATCH', `/invoices/${id}`, { token: admin.token, body: { lines: [{ label: 'Conseil', quantity: 2, unitPriceExclVatCents: 5000, vatRateBps: 2000 }] } })
    expect(edited.status).toBe(200)
    // 2 × 50,00 = 100,00 HT, VAT 20,00, TTC 120,00
    expect(edited.body.doc.totalInclVatCents).toBe(12000)
    expect((await rest('DELETE', `/invoices/${id}`, { token: admin.token })).status).toBe(200)
  })

  it('issues a draft once: number, seller snapshot; a second issue is refused in French', async () => {
    const { body } = await rest('POST', '/invoices', { token: admin.token, body: draftBody() })
    const issued = await rest('POST', `/invoices/${body.doc.id}/issue`, { token: admin.token })
    expect(issued.status).toBe(200)
    expect(issued.body.doc.number).toMatch(/^FA-\d{4}-\d{6}$/)
    expect(issued.body.doc.seller.siren).toBe('123456782')
    const again = await rest('POST', `/invoices/${body.doc.id}/issue`, { token: admin.token })
    expect(again.status).toBe(409)
    expect(again.body.errors[0].message).toContain(issued.body.doc.number)
    // The customer sees it now.
    expect((await rest('GET', `/invoices/${body.doc.id}`, { token: investor.token })).status).toBe(200)
  })

  it('refuses to issue without a line or without the buyer’s address, at 400 with the reason', async () => {
    const empty = await rest('POST', '/invoices', { token: admin.token, body: { ...draftBody(), lines: [] } })
    const noLines = await rest('POST', `/invoices/${empty.body.doc.id}/issue`, { token: admin.token })
    expect(noLines.status).toBe(400)
    expect(noLines.body.errors[0].message).toMatch(/au moins une ligne/)
    const anonymous = await rest('POST', '/invoices', { token: admin.token, body: { ...draftBody(), buyer: { name: 'Sans adresse' } } })
    const noAddress = await rest('POST', `/invoices/${anonymous.body.doc.id}/issue`, { token: admin.token })
    expect(noAddress.status).toBe(400)
    expect(noAddress.body.errors[0].message).toMatch(/adresse/)
  })

  it('refuses a line with a fractional quantity at the field, in French', async () => {
    const bad = await rest('POST', '/invoices', { token: admin.token, body: { ...draftBody(), lines: [{ label: 'x', quantity: 1.5, unitPriceExclVatCents: 100, vatRateBps: 2000 }] } })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toMatch(/nombre entier/)
  })
})

describe('an issued invoice is immutable on every route, even for admins', () => {
  let id: number
  let before: Record<string, unknown>
  beforeAll(async () => {
    const payload = await testPayload()
    const invoice = await createIssuedInvoice(payload, manualDraft(investor.id))
    id = Number(invoice.id)
    before = invoice as unknown as Record<string, unknown>
  })
  const stored = async () => (await testPayload()).findByID({ collection: 'invoices', id, overrideAccess: true, depth: 0 })

  it('refuses update by id and bulk update by where, and changes nothing', async () => {
    const byId = await rest('PATCH', `/invoices/${id}`, { token: admin.token, body: { paymentMethod: 'Espèces' } })
    expect([403, 404]).toContain(byId.status)
    const bulk = await rest('PATCH', `/invoices?where[id][equals]=${id}`, { token: admin.token, body: { paymentMethod: 'Espèces' } })
    expect(bulk.body.docs ?? []).toEqual([])
    const after = await stored()
    expect([after.paymentMethod, after.updatedAt]).toEqual([before.paymentMethod, before.updatedAt])
  })

  it('refuses delete by id and bulk delete by where', async () => {
    expect([403, 404]).toContain((await rest('DELETE', `/invoices/${id}`, { token: admin.token })).status)
    await rest('DELETE', `/invoices?where[id][equals]=${id}`, { token: admin.token })
    expect((await stored()).id).toBe(id)
  })

  it('refuses trusted code too (Local API with overrideAccess), with a localized 403', async () => {
    const payload = await testPayload()
    await expect(payload.update({ collection: 'invoices', id, overrideAccess: true, data: { paymentMethod: 'Espèces' } })).rejects.toMatchObject({
      status: 403,
      message: expect.stringMatching(/émettez un avoir/),
    })
    await expect(payload.delete({ collection: 'invoices', id, overrideAccess: true })).rejects.toMatchObject({ status: 403 })
    expect((await stored()).number).toBe(before.number)
  })
})

describe('credit notes', () => {
  it('credits a whole invoice with its own AV number, referring to the invoice', async () => {
    const payload = await testPayload()
    const invoice = await createIssuedInvoice(payload, manualDraft(investor.id))
    const note = await rest('POST', `/invoices/${invoice.id}/credit-note`, { token: admin.token })
    expect(note.status).toBe(201)
    expect(note.body.doc.number).toMatch(/^AV-\d{4}-\d{6}$/)
    expect(note.body.doc.kind).toBe('credit-note')
    expect(note.body.doc.creditedInvoice).toBe(invoice.id)
    // Same lines, same VAT: the positive amounts credited equal the invoice (sign convention, decision 035).
    expect([note.body.doc.totalExclVatCents, note.body.doc.totalVatCents, note.body.doc.totalInclVatCents]).toEqual([14100, 2371, 16471])
    // Nothing left to credit: a second credit note is refused with what remains (0,00 €).
    const more = await rest('POST', `/invoices/${invoice.id}/credit-note`, { token: admin.token })
    expect(more.status).toBe(400)
    expect(more.body.errors[0].message).toMatch(/0,00/)
  })

  it('credits some lines, up to what is left', async () => {
    const payload = await testPayload()
    const invoice = await createIssuedInvoice(payload, manualDraft(investor.id))
    // 2 of the 3 sessions: 2 × 33,33 = 66,66 HT, VAT 13,332 → 13,33, TTC 79,99
    const partial = await issueCreditNote(payload, { invoiceId: invoice.id, lines: [{ line: 0, quantity: 2 }] })
    expect(partial.totalInclVatCents).toBe(7999)
    const tooMany = await rest('POST', `/invoices/${invoice.id}/credit-note`, { token: admin.token, body: { lines: [{ line: 0, quantity: 4 }] } })
    expect(tooMany.status).toBe(400)
    const badBody = await rest('POST', `/invoices/${invoice.id}/credit-note`, { token: admin.token, body: { lines: 'all' } })
    expect(badBody.status).toBe(400)
  })

  it('is refused on a credit note, a draft, and to anyone but an admin', async () => {
    const payload = await testPayload()
    const invoice = await createIssuedInvoice(payload, manualDraft(investor.id))
    const note = await issueCreditNote(payload, { invoiceId: invoice.id, lines: [{ line: 1, quantity: 1 }] })
    expect((await rest('POST', `/invoices/${note.id}/credit-note`, { token: admin.token })).status).toBe(409)
    expect((await rest('POST', `/invoices/${invoice.id}/credit-note`, { token: investor.token })).status).toBe(403)
    expect((await rest('POST', `/invoices/${invoice.id}/credit-note`)).status).toBe(401)
  })
})

describe('invoices from Stripe', () => {
  const stripeInvoice = (id: string, amount: number): Stripe.Invoice =>
    ({
      id,
      object: 'invoice',
      amount_paid: amount,
      customer_name: 'Camille Stripe',
      customer_email: 'camille@example.test',
      customer_address: { line1: '5 rue de la Paix', line2: null, postal_code: '75002', city: 'Paris', country: 'FR', state: null },
      customer_tax_ids: [],
      status_transitions: { paid_at: 1_796_371_200, finalized_at: null, marked_uncollectible_at: null, voided_at: null },
      lines: { object: 'list', has_more: false, url: '', data: [{ id: 'il_1', amount, quantity: 1, period: { start: 1_796_371_200, end: 1_799_049_600 } }] },
    }) as unknown as Stripe.Invoice

  it('issues one Atlas invoice per paid Stripe invoice (idempotent), TTC split into HT + VAT', async () => {
    const payload = await testPayload()
    const id = `in_test_${Date.now()}`
    const first = await issueInvoiceForStripeInvoice(payload, { stripeInvoice: stripeInvoice(id, 2900), customerId: investor.id, planName: 'Patrimoine' })
    const again = await issueInvoiceForStripeInvoice(payload, { stripeInvoice: stripeInvoice(id, 2900), customerId: investor.id, planName: 'Patrimoine' })
    expect(again!.id).toBe(first!.id)
    const doc = await payload.findByID({ collection: 'invoices', id: first!.id, overrideAccess: true, depth: 0 })
    // 29,00 € TTC at 20 %: HT 24,17 €, TVA 4,83 €
    expect([doc.totalExclVatCents, doc.totalVatCents, doc.totalInclVatCents]).toEqual([2417, 483, 2900])
    expect(doc.paymentMethod).toBe('Carte bancaire (Stripe)')
    expect(doc.paidAt).toBe(new Date(1_796_371_200_000).toISOString())
    expect(doc.lines![0]!.label).toMatch(/^Abonnement Patrimoine — du /)
    // The Stripe id is for admins only.
    const seen = await rest('GET', `/invoices/${first!.id}`, { token: investor.token })
    expect(seen.status).toBe(200)
    expect(seen.body.stripeInvoiceId).toBeUndefined()
    // A 0 € invoice (a trial starting) issues nothing.
    expect(await issueInvoiceForStripeInvoice(payload, { stripeInvoice: stripeInvoice(`${id}_trial`, 0), customerId: investor.id, planName: 'Patrimoine' })).toBeNull()
  })

  it('credits refunds once each, by what was refunded since the last one', async () => {
    const payload = await testPayload()
    const id = `in_refund_${Date.now()}`
    const invoice = await issueInvoiceForStripeInvoice(payload, { stripeInvoice: stripeInvoice(id, 2900), customerId: investor.id, planName: 'Patrimoine' })
    const charge = (refunded: number) => ({ id: `ch_${id}`, object: 'charge', invoice: id, amount_refunded: refunded, payment_intent: null, refunds: { data: [] } }) as unknown as Stripe.Charge
    const partial = await issueCreditNoteForRefund(payload, { charge: charge(1000) })
    expect(await issueCreditNoteForRefund(payload, { charge: charge(1000) })).toEqual(partial)
    const rest_ = await issueCreditNoteForRefund(payload, { charge: charge(2900) })
    const notes = await payload.find({ collection: 'invoices', where: { creditedInvoice: { equals: invoice!.id } }, overrideAccess: true, depth: 0, sort: 'createdAt' })
    expect(notes.docs.map((doc) => doc.totalInclVatCents)).toEqual([1000, 1900])
    expect(notes.docs.map((doc) => doc.id)).toEqual([partial!.id, rest_!.id])
    // A refund of a charge Atlas knows nothing of: no credit note.
    expect(await issueCreditNoteForRefund(payload, { charge: { ...charge(100), id: 'ch_unknown', invoice: 'in_unknown' } as unknown as Stripe.Charge })).toBeNull()
  })
})

import { beforeAll, describe, expect, it } from 'vitest'
import { createAccount, type Account } from '../../tests/support/accounts'
import { testPayload } from '../../tests/support/payload'
import { rest } from '../../tests/support/rest'
import { testEnv } from '../../tests/support/env'
import { asVisitor } from '../../tests/support/visitor'
import { issueCreditNote } from '../src/invoices/creditNote'
import { createIssuedInvoice } from '../src/invoices/issue'
import { invoicePdf } from '../src/invoices/invoicePdf'
import { billedInvestor, ensureDemoFirm, manualDraft } from './invoiceFixtures'
import { pdfText } from '../../tests/support/pdfText'

/**
 * The PDF says what French law asks (docs/decisions/035-invoices.md), read
 * back with unpdf: number, dates, lines, totals "1 234,56 €"-style, seller
 * identity, the business-buyer clauses, art. 293 B under the franchise, the
 * credited invoice on a credit note. Rendered once, then served as stored.
 */
describe('invoice PDF', () => {
  beforeAll(async () => {
    await ensureDemoFirm(await testPayload())
  })

  it('carries every mandatory mention of a consumer invoice', async () => {
    const payload = await testPayload()
    const customer = await billedInvestor(payload)
    const invoice = await createIssuedInvoice(payload, manualDraft(customer.id))
    const text = await pdfText((await invoicePdf(payload, invoice.id))!.bytes)
    expect(text).toContain('FACTURE')
    expect(text).toContain(`N° ${invoice.number}`)
    // Seller: name, legal form and capital (10 000,00 €), address, SIREN and RCS, VAT number.
    expect(text).toContain('Atlas Patrimoine SAS (fictif)')
    expect(text).toContain('au capital de 10 000,00 €')
    expect(text).toContain('SIREN 123 456 782 — RCS Paris')
    expect(text).toContain('FR11123456782')
    // Buyer.
    expect(text).toContain('Camille Facturée')
    expect(text).toContain('69003 Lyon')
    // Lines: 3 × 33,33 € HT at 20 %, VAT 20,00 €, line HT 99,99 €; 2 × 15,50 € at 5,5 %, VAT 1,71 €.
    expect(text).toMatch(/Séance de conseil 3 33,33 € 20 % 20,00 € 99,99 €/)
    expect(text).toMatch(/Ouvrage 2 15,50 € 5,5 % 1,71 € 31,00 €/)
    // By rate: 20 % → 110,00 / 22,00 / 132,00 ; 5,5 % → 31,00 / 1,71 / 32,71. Totals 141,00 / 23,71 / 164,71.
    expect(text).toMatch(/20 % 110,00 € 22,00 € 132,00 €/)
    expect(text).toMatch(/Total HT 141,00 €/)
    expect(text).toMatch(/Total TVA 23,71 €/)
    expect(text).toMatch(/Total TTC 164,71 €/)
    expect(text).toMatch(/Payée le 4 décembre 2026 — Virement/)
    // Consumer, VAT charged: neither the business clauses nor the franchise mention.
    expect(text).not.toContain('40 €')
    expect(text).not.toContain('293 B')
  })

  it('adds the penalty rate and the 40 € indemnity for a business buyer, and thousands separators', async () => {
    const payload = await testPayload()
    const customer = await billedInvestor(payload)
    const invoice = await createIssuedInvoice(
      payload,
      manualDraft(customer.id, {
        buyer: { name: 'Léa Dubois', companyName: 'Dubois Conseil SARL', isBusiness: true, vatNumber: 'FR11123456782', street: '3 place Bellecour', postcode: '69002', city: 'Lyon' },
        // 1 028,80 € HT × 1 at 20 % → TVA 205,76 € → TTC 1 234,56 €
        lines: [{ label: 'Audit patrimonial', quantity: 1, unitPriceExclVatCents: 102880, vatRateBps: 2000 }],
        paidAt: null,
        paymentMethod: null,
      }),
    )
    const text = await pdfText((await invoicePdf(payload, invoice.id))!.bytes)
    expect(text).toContain('Dubois Conseil SARL')
    expect(text).toMatch(/Total TTC 1 234,56 €/)
    expect(text).toContain('pénalités de retard au taux de trois fois le taux d’intérêt légal')
    expect(text).toContain('indemnité forfaitaire pour frais de recouvrement de 40 €')
    expect(text).toContain('À régler à réception de la facture.')
  })

  it('says "TVA non applicable, art. 293 B du CGI" and charges no VAT under the franchise', async () => {
    const payload = await testPayload()
    await ensureDemoFirm(payload, { vatFranchise: true })
    try {
      const customer = await billedInvestor(payload)
      const invoice = await createIssuedInvoice(payload, manualDraft(customer.id))
      // 99,99 + 10,01 + 31,00 = 141,00 € HT, no VAT: TTC 141,00 €
      expect([invoice.totalVatCents, invoice.totalInclVatCents]).toEqual([0, 14100])
      const text = await pdfText((await invoicePdf(payload, invoice.id))!.bytes)
      expect(text).toContain('TVA non applicable, art. 293 B du CGI')
      expect(text).toMatch(/Total TTC 141,00 €/)
    } finally {
      await ensureDemoFirm(payload)
    }
  })

  it('refers a credit note to the invoice it credits', async () => {
    const payload = await testPayload()
    const customer = await billedInvestor(payload)
    const invoice = await createIssuedInvoice(payload, manualDraft(customer.id))
    const note = await issueCreditNote(payload, { invoiceId: invoice.id, lines: [{ line: 0, quantity: 1 }], note: 'Séance annulée' })
    const text = await pdfText((await invoicePdf(payload, note.id))!.bytes)
    expect(text).toContain('AVOIR')
    expect(text).toContain(`N° ${note.number}`)
    expect(text).toContain(`Avoir sur la facture n° ${invoice.number} du`)
    // 1 × 33,33 € HT at 20 % = 6,67 € VAT (6,666 → 6,67) → 40,00 € credited
    expect(text).toMatch(/Total TTC crédité 40,00 €/)
  })

  it('renders once: later reads return the stored bytes', async () => {
    const payload = await testPayload()
    const customer = await billedInvestor(payload)
    const invoice = await createIssuedInvoice(payload, manualDraft(customer.id))
    const first = await invoicePdf(payload, invoice.id)
    const second = await invoicePdf(payload, invoice.id)
    expect(Buffer.compare(first!.bytes, second!.bytes)).toBe(0)
    expect(second!.invoice.pdfSha256).toBe(first!.invoice.pdfSha256)
  })
})

describe('the PDF job queued at issue', () => {
  it('renders and stores the PDF, then mails the customer a link to it', async () => {
    const payload = await testPayload()
    await ensureDemoFirm(payload)
    const customer = await billedInvestor(payload)
    const invoice = await createIssuedInvoice(payload, manualDraft(customer.id))
    const jobs = await payload.find({
      collection: 'payload-jobs',
      overrideAccess: true,
      where: { and: [{ taskSlug: { equals: 'renderInvoicePdf' } }, { 'input.invoice': { equals: invoice.id } }] },
    })
    expect(jobs.docs).toHaveLength(1)
    await payload.jobs.runByID({ id: jobs.docs[0]!.id, overrideAccess: true })
    const after = await payload.findByID({ collection: 'invoices', id: invoice.id, overrideAccess: true })
    expect(after.pdfSha256).toMatch(/^[0-9a-f]{64}$/)
    const mails = await payload.find({ collection: 'emails', overrideAccess: true, where: { and: [{ to: { equals: customer.email } }, { subject: { like: 'Votre facture' } }] } })
    expect(mails.docs.map((mail) => mail.subject)).toEqual([`Votre facture ${invoice.number}`])
    expect(mails.docs[0]!.text).toContain(`/portail/abonnement/factures/${invoice.id}/pdf`)
    expect(mails.docs[0]!.text).toContain('164,71')
  })
})

describe('GET /api/invoices/:id/pdf', () => {
  let investor: Account
  let other: Account
  let admin: Account
  let invoiceId: number
  let draftId: number
  beforeAll(async () => {
    const payload = await testPayload()
    await ensureDemoFirm(payload)
    ;[investor, other, admin] = await Promise.all([createAccount('investor'), createAccount('investor'), createAccount('admin')])
    invoiceId = Number((await createIssuedInvoice(payload, manualDraft(investor.id))).id)
    draftId = Number((await payload.create({ collection: 'invoices', overrideAccess: true, data: { ...manualDraft(investor.id), status: 'draft' } })).id)
  })

  it('gives the customer their own PDF, and admins', async () => {
    for (const token of [investor.token, admin.token]) {
      const response = await fetch(`${testEnv.cmsUrl}/api/invoices/${invoiceId}/pdf`, { headers: { ...asVisitor(), Authorization: `JWT ${token}` } })
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('application/pdf')
      expect(response.headers.get('cache-control')).toContain('no-store')
      const text = await pdfText(new Uint8Array(await response.arrayBuffer()))
      expect(text).toMatch(/Total TTC 164,71 €/)
    }
  })

  it('answers 404 to another investor, an anonymous caller, a draft and a missing id', async () => {
    expect((await rest('GET', `/invoices/${invoiceId}/pdf`, { token: other.token })).status).toBe(404)
    expect((await rest('GET', `/invoices/${invoiceId}/pdf`)).status).toBe(404)
    expect((await rest('GET', `/invoices/${draftId}/pdf`, { token: investor.token })).status).toBe(404)
    const missing = await rest('GET', '/invoices/999999999/pdf', { token: admin.token })
    expect(missing.status).toBe(404)
    expect(missing.body.errors[0].message).toMatch(/n’existe pas/)
  })
})

import type { Payload, PayloadRequest } from 'payload'
import type Stripe from 'stripe'
import { STANDARD_VAT_RATE_BPS } from '@atlas/shared/billing/vat'
import { formatDateParis } from '@atlas/shared/finance'
import { translate } from '@atlas/shared/i18n'
import type { Invoice, User } from '@atlas/shared/payload-types'
import { issueCreditNote } from './creditNote'
import { createIssuedInvoice, type InvoiceDraft } from './issue'

/*
 * Stripe's invoices are payment records; Atlas's are the legal documents
 * (docs/decisions/035-invoices.md). For every paid Stripe invoice one Atlas
 * invoice, numbered in Atlas's own series; for every refund a credit note.
 * Both run inside the webhook's transaction (`req`): an event rolled back
 * issues nothing, and its number goes back to the counter.
 */

const card = () => translate('fr', 'invoice.method.card')
const at = (unixSeconds: number | null | undefined) => (unixSeconds ? new Date(unixSeconds * 1000).toISOString() : new Date().toISOString())
const idOf = (value: unknown): string | null => (typeof value === 'string' ? value : value && typeof value === 'object' ? ((value as { id?: string }).id ?? null) : null)

const findOne = async (payload: Payload, req: PayloadRequest | undefined, where: Record<string, unknown>): Promise<Invoice | null> =>
  ((await payload.find({ collection: 'invoices', where: where as never, limit: 1, depth: 0, overrideAccess: true, req })).docs[0] as Invoice | undefined) ?? null

/** The plan's VAT rate when the plan has one (plans.vatRateBps), else 20 %. */
async function planVatRate(payload: Payload, planName: string, req?: PayloadRequest): Promise<number> {
  const plan = (await payload.find({ collection: 'plans', where: { name: { equals: planName } }, limit: 1, depth: 0, overrideAccess: true, req })).docs[0]
  const rate = (plan as { vatRateBps?: unknown } | undefined)?.vatRateBps
  return typeof rate === 'number' && Number.isInteger(rate) ? rate : STANDARD_VAT_RATE_BPS
}

const paymentIntentOf = (invoice: Stripe.Invoice): string | null => {
  const legacy = (invoice as unknown as { payment_intent?: unknown }).payment_intent
  return idOf(legacy) ?? idOf(invoice.payments?.data?.[0]?.payment?.payment_intent)
}

/**
 * The Atlas invoice of a paid Stripe invoice — idempotent on its id (a
 * replayed or second event returns the same document). Lines: Stripe's lines
 * when they are all charges adding up to what was paid, each TTC split into
 * HT + TVA (fromInclVat); otherwise (discounts, prorations) one line of the
 * amount paid. A 0 € invoice (a trial starting) gives none: null.
 */
export async function issueInvoiceForStripeInvoice(
  payload: Payload,
  { stripeInvoice, customerId, planName, req }: { stripeInvoice: Stripe.Invoice; customerId: number | string; planName: string; req?: PayloadRequest },
): Promise<{ id: number | string } | null> {
  if (!stripeInvoice.id) return null
  const existing = await findOne(payload, req, { stripeInvoiceId: { equals: stripeInvoice.id } })
  if (existing) return { id: existing.id }
  const paid = stripeInvoice.amount_paid
  if (!paid || paid <= 0) return null

  const user = (await payload.findByID({ collection: 'users', id: customerId, depth: 0, overrideAccess: true, disableErrors: true, req })) as User | null
  const vatRateBps = await planVatRate(payload, planName, req)
  const stripeLines = stripeInvoice.lines?.data ?? []
  const label = (line?: Stripe.InvoiceLineItem) =>
    line?.period?.start && line.period.end
      ? translate('fr', 'invoice.subscriptionLine', {
          plan: planName,
          from: formatDateParis(new Date(line.period.start * 1000), 'fr'),
          to: formatDateParis(new Date(line.period.end * 1000), 'fr'),
        })
      : planName
  const byLine = stripeLines.length > 0 && stripeLines.every((line) => line.amount > 0) && stripeLines.reduce((sum, line) => sum + line.amount, 0) === paid
  const lines = byLine
    ? stripeLines.map((line) => ({ label: label(line), quantity: line.quantity ?? 1, vatRateBps, chargedInclVatCents: line.amount }))
    : [{ label: label(stripeLines[0]), quantity: 1, vatRateBps, chargedInclVatCents: paid }]

  const address = stripeInvoice.customer_address
  const taxId = stripeInvoice.customer_tax_ids?.[0]?.value ?? null
  const data: InvoiceDraft = {
    kind: 'invoice',
    customer: Number(customerId),
    buyer: {
      name: stripeInvoice.customer_name || user?.name || stripeInvoice.customer_email || user?.email || '',
      email: stripeInvoice.customer_email || user?.email || null,
      street: [address?.line1, address?.line2].filter(Boolean).join(', ') || null,
      postcode: address?.postal_code ?? null,
      city: address?.city ?? null,
      country: address?.country ?? null,
      isBusiness: Boolean(taxId),
      companyName: taxId ? stripeInvoice.customer_name : null,
      vatNumber: taxId,
    },
    lines,
    paidAt: at(stripeInvoice.status_transitions?.paid_at),
    paymentMethod: card(),
    stripeInvoiceId: stripeInvoice.id,
    stripePaymentIntentId: paymentIntentOf(stripeInvoice),
  }
  const issued = await createIssuedInvoice(payload, data, req)
  return { id: issued.id }
}

/**
 * The credit note of a refund: finds the Atlas invoice by `charge.invoice`
 * (or the charge's payment intent, recorded at issue), credits what was
 * refunded since the last credit note of this charge (`amount_refunded` is
 * cumulative). Idempotent on charge id + amount_refunded. Null when there is
 * nothing (more) to credit or no invoice is known (logged).
 */
export async function issueCreditNoteForRefund(
  payload: Payload,
  { charge, req }: { charge: Stripe.Charge; req?: PayloadRequest },
): Promise<{ id: number | string } | null> {
  const key = `${charge.id}:${charge.amount_refunded}`
  const existing = await findOne(payload, req, { stripeRefundKey: { equals: key } })
  if (existing) return { id: existing.id }
  const stripeInvoiceId = idOf((charge as unknown as { invoice?: unknown }).invoice)
  const paymentIntent = idOf(charge.payment_intent)
  const invoice =
    (stripeInvoiceId ? await findOne(payload, req, { stripeInvoiceId: { equals: stripeInvoiceId } }) : null) ??
    (paymentIntent ? await findOne(payload, req, { stripePaymentIntentId: { equals: paymentIntent } }) : null)
  if (!invoice) {
    payload.logger.warn(`[invoices] refund of charge ${charge.id}: no Atlas invoice for ${stripeInvoiceId ?? paymentIntent ?? 'an unknown invoice'}`)
    return null
  }
  const earlier = (await payload.find({
    collection: 'invoices',
    where: { and: [{ creditedInvoice: { equals: invoice.id } }, { stripeRefundKey: { like: `${charge.id}:` } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })) as unknown as { docs: Invoice[] }
  const creditedBefore = earlier.docs.reduce((sum, doc) => sum + (doc.totalInclVatCents ?? 0), 0)
  const delta = charge.amount_refunded - creditedBefore
  if (delta <= 0) return null
  const refundedAt = charge.refunds?.data?.[0]?.created
  const note = await issueCreditNote(
    payload,
    { invoiceId: invoice.id, amountInclVatCents: delta, note: translate('fr', 'invoice.refundNote'), paidAt: at(refundedAt), paymentMethod: card(), stripeRefundKey: key },
    req,
  )
  return { id: note.id }
}

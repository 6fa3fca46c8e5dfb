import { sql } from '@payloadcms/db-postgres'
import { APIError, type Payload, type PayloadRequest } from 'payload'
import { formatEur } from '@atlas/shared/finance'
import { computeInvoiceTotals } from '@atlas/shared/billing/vat'
import { translate } from '@atlas/shared/i18n'
import type { Invoice } from '@atlas/shared/payload-types'
import { requestLocale } from '../i18n/requestLocale'
import { createIssuedInvoice, type InvoiceDraft } from './issue'
import { executeInTransaction, inTransaction } from './transaction'

/**
 * What to credit: the whole invoice (nothing given), some of its lines
 * (`lines`: index on the invoice and quantity credited), or an amount incl.
 * VAT (`amountInclVatCents`, a Stripe refund) spread over the invoice's
 * lines in order. Sign convention (docs/decisions/035-invoices.md): a credit
 * note's amounts are positive, what is credited to the customer; its kind
 * says they come off the invoice.
 */
export type CreditRequest = {
  invoiceId: number | string
  lines?: { line: number; quantity: number }[]
  amountInclVatCents?: number
  note?: string
  paidAt?: string | null
  paymentMethod?: string | null
  stripeRefundKey?: string
}

type Line = NonNullable<Invoice['lines']>[number]

const refuse = (req: PayloadRequest, status: number, key: Parameters<typeof translate>[1], params?: Record<string, string>) =>
  new APIError(translate(requestLocale(req), key, params), status, undefined, true)

const copyLine = (line: Line, quantity: number): Line => {
  // A line charged TTC is credited by its TTC share (whole lines only when its quantity is 1).
  const charged = line.chargedInclVatCents == null ? null : Math.round((line.chargedInclVatCents * quantity) / (line.quantity ?? 1))
  return { label: line.label, quantity, vatRateBps: line.vatRateBps, unitPriceExclVatCents: line.unitPriceExclVatCents, chargedInclVatCents: charged }
}

/** An amount incl. VAT over the invoice's lines, in order, each up to its TTC: the last line reached takes a part. */
const spread = (lines: Line[], amount: number): Line[] => {
  const out: Line[] = []
  let left = amount
  for (const line of lines) {
    if (left <= 0) break
    const part = Math.min(left, line.inclVatCents ?? 0)
    if (part <= 0) continue
    out.push({ label: line.label, quantity: 1, vatRateBps: line.vatRateBps, chargedInclVatCents: part })
    left -= part
  }
  return out
}

export async function issueCreditNote(payload: Payload, request: CreditRequest, given?: PayloadRequest): Promise<Invoice> {
  return inTransaction(payload, given, async (req) => {
    // One credit note at a time per invoice: what is left to credit is read under a row lock.
    await executeInTransaction(req, sql`select id from invoices where id = ${Number(request.invoiceId)} for update`)
    const invoice = (await payload.findByID({ collection: 'invoices', id: request.invoiceId, req, overrideAccess: true, depth: 0, disableErrors: true })) as Invoice | null
    if (!invoice) throw refuse(req, 404, 'errors.invoice.notFound')
    if (invoice.status !== 'issued' || invoice.kind !== 'invoice') throw refuse(req, 409, 'errors.invoice.creditOfIssuedOnly')
    const invoiceLines = invoice.lines ?? []

    let lines: Line[]
    if (request.amountInclVatCents !== undefined) {
      lines = spread(invoiceLines, request.amountInclVatCents)
    } else if (request.lines?.length) {
      lines = request.lines.map(({ line, quantity }) => {
        const source = invoiceLines[line]
        const valid = source && Number.isInteger(quantity) && quantity >= 1 && quantity <= (source.quantity ?? 1)
        if (!valid) throw refuse(req, 400, 'errors.invoice.creditLine', { line: String(line + 1) })
        return copyLine(source, quantity)
      })
    } else {
      lines = invoiceLines.map((line) => copyLine(line, line.quantity ?? 1))
    }
    if (lines.length === 0) throw refuse(req, 400, 'errors.invoice.creditLine', { line: '1' })

    const earlier = (await payload.find({
      collection: 'invoices',
      req,
      overrideAccess: true,
      depth: 0,
      limit: 0,
      pagination: false,
      where: { and: [{ creditedInvoice: { equals: invoice.id } }, { status: { equals: 'issued' } }] },
    })) as unknown as { docs: Invoice[] }
    const remaining = (invoice.totalInclVatCents ?? 0) - earlier.docs.reduce((sum, doc) => sum + (doc.totalInclVatCents ?? 0), 0)
    const franchise = Boolean(invoice.seller?.vatFranchise)
    const credited = computeInvoiceTotals(
      lines.map((l) => ({ label: l.label, quantity: l.quantity, vatRateBps: l.vatRateBps, unitExclVatCents: l.unitPriceExclVatCents, inclVatCents: l.chargedInclVatCents })),
      { franchise },
    ).inclVatCents
    if (credited > remaining) throw refuse(req, 400, 'errors.invoice.creditTooMuch', { remaining: formatEur(Math.max(remaining, 0), requestLocale(req)) })

    const data: InvoiceDraft = {
      kind: 'credit-note',
      creditedInvoice: Number(invoice.id),
      customer: invoice.customer,
      buyer: invoice.buyer,
      lines,
      note: request.note ?? null,
      paidAt: request.paidAt ?? null,
      paymentMethod: request.paymentMethod ?? null,
      stripeRefundKey: request.stripeRefundKey ?? null,
    }
    return createIssuedInvoice(payload, data, req)
  })
}

import { APIError, type Payload, type PayloadRequest } from 'payload'
import { translate } from '@atlas/shared/i18n'
import type { Firm, Invoice } from '@atlas/shared/payload-types'
import { requestLocale } from '../i18n/requestLocale'
import { DEFAULT_QUEUE } from '../jobs/queues'
import type { InvoiceContext } from '../collections/Invoices/hooks/keepIssuedInvoices'
import { nextInvoiceNumber } from './numbering'
import { sellerSnapshot } from './sellerSnapshot'
import { inTransaction } from './transaction'

export type InvoiceDraft = Omit<Invoice, 'id' | 'createdAt' | 'updatedAt' | 'number' | 'status' | 'issuedAt' | 'seller'>

const refuse = (req: PayloadRequest, status: number, key: Parameters<typeof translate>[1], params?: Record<string, string>) =>
  new APIError(translate(requestLocale(req), key, params), status, undefined, true)

/**
 * Draft → issued, in one transaction: checks what the law needs (lines, the
 * buyer's name and address, the firm's identity), takes the next number of
 * the year, freezes the seller, recomputes the totals one last time, and
 * queues the PDF job in the same transaction (the job exists only if the
 * issue commits). Throws a localized 4xx APIError on a refusal.
 */
export async function issueInvoice(payload: Payload, id: number | string, given?: PayloadRequest): Promise<Invoice> {
  return inTransaction(payload, given, async (req) => {
    const draft = (await payload.findByID({ collection: 'invoices', id, req, overrideAccess: true, depth: 0, disableErrors: true })) as Invoice | null
    if (!draft) throw refuse(req, 404, 'errors.invoice.notFound')
    if (draft.status !== 'draft') throw refuse(req, 409, 'errors.invoice.notDraft', { number: draft.number ?? '' })
    if (!draft.lines?.length) throw refuse(req, 400, 'errors.invoice.noLines')
    // A manual invoice needs the buyer's address; a paid Stripe invoice is issued with what Checkout collected (decision 035).
    if (!draft.buyer?.name || (!draft.stripeInvoiceId && (!draft.buyer.street || !draft.buyer.city))) throw refuse(req, 400, 'errors.invoice.buyerMissing')
    const seller = sellerSnapshot((await payload.findGlobal({ slug: 'firm', req, depth: 0, overrideAccess: true })) as Firm)
    if (!seller) throw refuse(req, 400, 'errors.invoice.firmMissing')
    const issuedAt = new Date()
    const number = await nextInvoiceNumber(req, draft.kind, issuedAt)
    const context: InvoiceContext = { invoiceIssue: true }
    const issued = (await payload.update({
      collection: 'invoices',
      id,
      req,
      overrideAccess: true,
      depth: 0,
      context,
      data: { status: 'issued', number, issuedAt: issuedAt.toISOString(), seller, lines: draft.lines },
    })) as Invoice
    await payload.jobs.queue({ task: 'renderInvoicePdf', input: { invoice: issued.id }, queue: DEFAULT_QUEUE, req })
    return issued
  })
}

/** Create and issue at once (Stripe invoices, credit notes): one transaction, the request's when given. */
export async function createIssuedInvoice(payload: Payload, data: InvoiceDraft, given?: PayloadRequest): Promise<Invoice> {
  return inTransaction(payload, given, async (req) => {
    const context: InvoiceContext = { invoiceIssue: true }
    const draft = (await payload.create({ collection: 'invoices', req, overrideAccess: true, depth: 0, context, data: { ...data, status: 'draft' } })) as Invoice
    return issueInvoice(payload, draft.id, req)
  })
}

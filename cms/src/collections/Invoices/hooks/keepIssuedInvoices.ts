import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook } from 'payload'
import { translate } from '@atlas/shared/i18n'
import type { Invoice } from '@atlas/shared/payload-types'
import { requestLocale } from '../../../i18n/requestLocale'

/** What trusted code says when it writes through the Local API (context is never set by a REST call). */
export type InvoiceContext = { invoiceIssue?: true }

const immutable = (req: Parameters<CollectionBeforeDeleteHook>[0]['req']) =>
  new APIError(translate(requestLocale(req), 'errors.invoice.issuedImmutable'), 403, undefined, true)

/**
 * An issued invoice or credit note never changes (docs/decisions/035-invoices.md):
 * access already hides it from every update route; this refuses trusted code
 * too (the PDF rendered once after issue is attached by one conditional SQL
 * update of its two columns, invoices/invoicePdf.ts). On a draft the
 * issue-only fields (status, number, issue date, seller) stay as they are
 * unless the issuing code writes them (context `invoiceIssue`).
 */
export const keepIssuedInvoices: CollectionBeforeChangeHook<Invoice> = ({ data, originalDoc, operation, context, req }) => {
  const ours = context as InvoiceContext
  if (operation === 'update' && originalDoc && originalDoc.status !== 'draft') {
    throw immutable(req)
  }
  if (!ours.invoiceIssue) {
    data.status = 'draft'
    data.number = null
    data.issuedAt = null
    if (operation === 'create') {
      data.kind = 'invoice'
      data.creditedInvoice = null
    }
  }
  return data
}

export const refuseDeletingIssued: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const doc = await req.payload.findByID({ collection: 'invoices', id, req, overrideAccess: true, depth: 0, disableErrors: true })
  if (doc && doc.status !== 'draft') throw immutable(req)
}

import { APIError, type CollectionBeforeDeleteHook } from 'payload'
import { translate } from '@atlas/shared/i18n'
import { requestLocale } from '../../../i18n/requestLocale'

/**
 * Deleting an account erases the person's own records (profile, patrimony,
 * notifications, subscriptions, messages and the comment from their advisor, assistant conversations,
 * signed-in devices)
 * in the same transaction. Invoices are accounting records kept for ten
 * years (Code de commerce, art. L123-22): an account that has any cannot be
 * deleted, and the admin is told so instead of meeting a database error.
 */
export const removePersonalRecords: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const invoices = await req.payload.count({
    collection: 'invoices',
    where: { customer: { equals: id } },
    overrideAccess: true,
    req,
  })
  if (invoices.totalDocs > 0) {
    throw new APIError(translate(requestLocale(req), 'errors.user.hasInvoices'), 409, {
      invoices: invoices.totalDocs,
    }, true)
  }
  // Client documents are records too (decision 038; their erasure is another issue): refused the same way.
  const documents = await req.payload.count({ collection: 'client-documents', where: { investor: { equals: id } }, overrideAccess: true, req })
  if (documents.totalDocs > 0) {
    throw new APIError(translate(requestLocale(req), 'errors.user.hasDocuments'), 409, { documents: documents.totalDocs }, true)
  }
  for (const collection of ['asset-valuations', 'assets', 'profiles', 'conversations', 'assistant-requests'] as const) {
    await req.payload.delete({ collection, where: { owner: { equals: id } }, overrideAccess: true, req })
  }
  // Subscription rows mirror Stripe; a later webhook for them finds no row and changes nothing (decision 034).
  await req.payload.delete({ collection: 'subscriptions', where: { customer: { equals: id } }, overrideAccess: true, req })
  await req.payload.delete({ collection: 'notifications', where: { recipient: { equals: id } }, overrideAccess: true, req })
  await req.payload.delete({ collection: 'advisor-messages', where: { client: { equals: id } }, overrideAccess: true, req })
  await req.payload.delete({ collection: 'advisor-comments', where: { investor: { equals: id } }, overrideAccess: true, req })
  await req.payload.delete({ collection: 'session-devices', where: { user: { equals: id } }, overrideAccess: true, req })
}

import type { CollectionAfterChangeHook } from 'payload'
import { queueEmail } from '../../../email/queueEmail'
import { localeOf, welcomeMail } from '../../../email/templates'

/** A new investor gets the welcome mail (in the same transaction as the account). */
export const welcomeInvestor: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create' || doc.role !== 'investor') return doc
  await queueEmail(req.payload, { to: doc.email, ...welcomeMail(localeOf(doc), { name: doc.name }) }, req)
  return doc
}

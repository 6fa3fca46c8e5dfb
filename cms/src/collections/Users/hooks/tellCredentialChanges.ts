import type { CollectionAfterChangeHook } from 'payload'
import { queueEmail } from '../../../email/queueEmail'
import {
  confirmEmailChangeMail,
  emailChangeRequestedMail,
  localeOf,
  passwordChangedMail,
  signupExistingMail,
} from '../../../email/templates'
import { CREDENTIAL_CHANGE, type CredentialChange } from './guardCredentials'

/**
 * After a credential change (same transaction): the new address gets its
 * confirmation link — unless it already belongs to an account, whose owner is
 * told instead (the answer to the caller is the same, so it is no oracle) —
 * and the current address is told of the request; a password change is told too.
 */
export const tellCredentialChanges: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'update') return doc
  const change = req.context[CREDENTIAL_CHANGE] as CredentialChange | undefined
  if (!change || String(doc.id) !== change.id) return doc
  delete req.context[CREDENTIAL_CHANGE]
  const locale = localeOf(doc)
  if (change.pendingEmail) {
    const { email, token } = change.pendingEmail
    const taken = await req.payload.db.findOne<{ id: number; name?: string; locale?: string }>({
      collection: 'users',
      req,
      where: { email: { equals: email } },
    })
    const toNew = taken
      ? signupExistingMail(localeOf(taken), { name: taken.name ?? '' })
      : confirmEmailChangeMail(locale, { name: doc.name, token })
    await queueEmail(req.payload, { to: email, ...toNew }, req)
    await queueEmail(req.payload, { to: doc.email, ...emailChangeRequestedMail(locale, { name: doc.name, email }) }, req)
  }
  if (change.passwordChanged) {
    await queueEmail(req.payload, { to: doc.email, ...passwordChangedMail(locale, { name: doc.name }) }, req)
  }
  return doc
}

import { createHash } from 'node:crypto'
import type { CollectionBeforeChangeHook } from 'payload'
import { roleOf } from '../../../access/roleOf'
import { CREDENTIAL_CHANGE, type CredentialChange } from './guardCredentials'

/** How long the link to confirm a new e-mail stays valid. */
export const EMAIL_CHANGE_LIFETIME_MS = 24 * 60 * 60 * 1000

export const hashLinkToken = (token: string) => createHash('sha256').update(token).digest('hex')

/**
 * Keeps what guardCredentials decided: the new address waits in
 * `pendingEmail` (with the hash of its link token) instead of replacing the
 * login address. Also: only an admin may mark an account verified or not
 * (Payload lets any signed-in caller write `_verified`).
 */
export const setPendingEmail: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update') return data
  if (req.user && roleOf(req.user) !== 'admin' && '_verified' in data) data._verified = originalDoc?._verified
  const change = req.context[CREDENTIAL_CHANGE] as CredentialChange | undefined
  if (!change?.pendingEmail || String(originalDoc?.id) !== change.id) return data
  data.pendingEmail = change.pendingEmail.email
  data.pendingEmailTokenHash = hashLinkToken(change.pendingEmail.token)
  data.pendingEmailExpiresAt = new Date(Date.now() + EMAIL_CHANGE_LIFETIME_MS).toISOString()
  return data
}

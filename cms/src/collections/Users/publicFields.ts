import type { FieldAccess } from 'payload'
import { roleOf } from '../../access/roleOf'

/**
 * What anyone allowed to read an account (usersVisible) sees of it: an
 * investor of their advisor, through GET /users/:id or `depth`. Every other
 * field — consents, dates, role, advisor, notification settings, auth
 * state, and any field added later — is private (access/privateFields.ts).
 */
export const PUBLIC_USER_FIELDS = ['name', 'email', 'phone', 'photo'] as const

const idOf = (value: unknown): unknown => (typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value)

/** The account's owner, admins, and the advisor who serves this investor read the private fields. */
export const readsPrivateUserFields: FieldAccess = ({ req: { user }, doc, id }) => {
  const role = roleOf(user)
  if (!user || !role) return false
  if (role === 'admin') return true
  const accountId = doc?.id ?? id
  if (accountId !== undefined && String(accountId) === String(user.id)) return true
  if (role !== 'advisor') return false
  // A query (no document): every account an advisor may read (self, clients) they read whole,
  // so they may filter on any field (e.g. Payload's filterOptions check, `role equals advisor`).
  if (!doc) return true
  // Only investors have an advisor: this is an advisor reading their client.
  return String(idOf(doc.advisor)) === String(user.id)
}

import { randomBytes } from 'node:crypto'
import { ValidationError, type CollectionBeforeOperationHook } from 'payload'
import { translate } from '@atlas/shared/i18n'
import { emailSchema } from '@atlas/shared/schemas/auth'
import { requestLocale } from '../../../i18n/requestLocale'
import { roleOf } from '../../../access/roleOf'
import { requireCurrentPassword } from '../currentPassword'

/** What guardCredentials leaves for setPendingEmail / tellCredentialChanges, in req.context. */
export type CredentialChange = { id: string; pendingEmail?: { email: string; token: string }; passwordChanged?: boolean }
export const CREDENTIAL_CHANGE = 'atlasCredentialChange'

const refuse = (req: Parameters<CollectionBeforeOperationHook>[0]['req'], path: string, key: string): never => {
  throw new ValidationError({ collection: 'users', errors: [{ path, message: translate(requestLocale(req), key) }] })
}

/**
 * The password and the login address change like at a bank, on every route
 * that updates users (REST by id, REST by `where`, GraphQL, the admin):
 * - a person changing their own needs their current password (`currentPassword`);
 * - nobody chooses someone else's password, not even an admin (they send a reset link);
 * - an e-mail never changes at once: it becomes `pendingEmail` until the link sent
 *   to it is opened (POST /api/users/confirm-email), for an admin acting on
 *   another account too; the old address is told;
 * - neither changes by `where` (bulk): one account at a time.
 * Trusted server code (Local API without a user) is not concerned.
 * Payload itself ends the account's other sessions when the password changes.
 */
export const guardCredentials: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  // Payload names both "update": by id (args.id) and by `where` (bulk).
  if (operation !== 'update') return args
  const byId = (args as { id?: unknown }).id !== undefined && (args as { id?: unknown }).id !== null
  const data = (args as { data?: Record<string, unknown> }).data
  if (!data || typeof data !== 'object') return args
  const currentPassword = data.currentPassword
  delete data.currentPassword
  const caller = req.user
  if (!caller) return args

  const wantsPassword = data.password !== undefined && data.password !== null && data.password !== ''
  if (!wantsPassword) delete data.password
  let newEmail: string | undefined
  if (data.email !== undefined) {
    const parsed = emailSchema.safeParse(data.email)
    if (!parsed.success) refuse(req, 'email', parsed.error.issues[0]?.message ?? 'errors.email.invalid')
    newEmail = parsed.data
  }
  if (!wantsPassword && newEmail === undefined) return args

  if (!byId) {
    // By `where`: one's own unchanged e-mail is simply dropped; any real change is refused.
    const ownEmail = String((caller as { email?: unknown }).email ?? '').toLowerCase()
    if (!wantsPassword && roleOf(caller) !== 'admin' && newEmail === ownEmail) {
      delete data.email
      return args
    }
    refuse(req, wantsPassword ? 'password' : 'email', 'errors.credentials.bulk')
  }

  const id = String((args as { id?: number | string }).id)
  const self = caller.collection === 'users' && String(caller.id) === id
  if (wantsPassword && !self) refuse(req, 'password', 'errors.password.notForOthers')

  let currentEmail: string | undefined
  if (newEmail !== undefined) {
    const target = await req.payload.db.findOne<{ id: number; email?: string }>({ collection: 'users', req, where: { id: { equals: id } } })
    currentEmail = target?.email?.toLowerCase()
    if (newEmail === currentEmail) {
      // Unchanged (the admin sends the whole document on every save): nothing to confirm.
      delete data.email
      newEmail = undefined
    }
  }
  if (!wantsPassword && newEmail === undefined) return args

  if (self) await requireCurrentPassword(req, id, currentPassword)

  const change: CredentialChange = { id, passwordChanged: wantsPassword }
  if (newEmail !== undefined) {
    delete data.email
    change.pendingEmail = { email: newEmail, token: randomBytes(24).toString('base64url') }
  }
  req.context[CREDENTIAL_CHANGE] = change
  return args
}

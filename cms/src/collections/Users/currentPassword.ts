import { pbkdf2, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'
import { ValidationError, type PayloadRequest } from 'payload'
import { translate } from '@atlas/shared/i18n'
import { requestLocale } from '../../i18n/requestLocale'

const pbkdf2Async = promisify(pbkdf2)

// Payload 3.90's stored hash formats (auth/strategies/local/generatePasswordSaltHash):
// "pbkdf2-sha256-v1:<hex>" (600 000 iterations, 32 bytes) or a legacy bare hex (25 000, 512 bytes).
const CURRENT_PREFIX = 'pbkdf2-sha256-v1:'
const parametersOf = (hash: string) =>
  hash.startsWith(CURRENT_PREFIX)
    ? { stored: hash.slice(CURRENT_PREFIX.length), iterations: 600_000, keyLength: 32 }
    : { stored: hash, iterations: 25_000, keyLength: 512 }

/** Whether `password` is the one stored for user `id` (Node's pbkdf2 with Payload's own parameters). */
export const isCurrentPassword = async (req: PayloadRequest, id: number | string, password: unknown): Promise<boolean> => {
  if (typeof password !== 'string' || password.length === 0 || password.length > 128) return false
  const user = (await req.payload.db.findOne({ collection: 'users', req, where: { id: { equals: id } } })) as {
    hash?: unknown
    salt?: unknown
  } | null
  if (!user || typeof user.hash !== 'string' || typeof user.salt !== 'string') return false
  const { stored, iterations, keyLength } = parametersOf(user.hash)
  const computed = await pbkdf2Async(password, user.salt, iterations, keyLength, 'sha256')
  const expected = Buffer.from(stored, 'hex')
  return computed.length === expected.length && timingSafeEqual(computed, expected)
}

const refuse = (req: PayloadRequest, key: string): never => {
  throw new ValidationError({ collection: 'users', errors: [{ path: 'currentPassword', message: translate(requestLocale(req), key) }] })
}

type Attempts = { id: number; loginAttempts?: number | null; lockUntil?: string | null }

/**
 * Throws a localized 400 on `currentPassword` unless it is the password of
 * user `id`. Wrong guesses count like failed logins (users.auth: 5, then the
 * account is locked for 15 minutes, here and at login), so a stolen session
 * cannot be used to guess the password.
 */
export const requireCurrentPassword = async (req: PayloadRequest, id: number | string, password: unknown): Promise<void> => {
  if (typeof password !== 'string' || password === '') refuse(req, 'errors.currentPassword.required')
  // The users collection is always configured (this module belongs to it).
  const auth = req.payload.collections.users!.config.auth
  const user = await req.payload.db.findOne<Attempts>({ collection: 'users', req, where: { id: { equals: id } } })
  if (user?.lockUntil && Date.parse(user.lockUntil) > Date.now()) refuse(req, 'errors.login.locked')
  if (await isCurrentPassword(req, id, password)) {
    if (user?.loginAttempts) {
      await req.payload.db.updateOne({ collection: 'users', id, data: { loginAttempts: 0, lockUntil: null }, req, returning: false })
    }
    return
  }
  const attempts = (user?.loginAttempts ?? 0) + 1
  const locks = auth.maxLoginAttempts > 0 && attempts >= auth.maxLoginAttempts
  // Outside the request's transaction: the refusal below rolls that one back, the count must stay.
  await req.payload.db.updateOne({
    collection: 'users',
    id,
    data: { loginAttempts: attempts, lockUntil: locks ? new Date(Date.now() + auth.lockTime).toISOString() : (user?.lockUntil ?? null) },
    returning: false,
  })
  refuse(req, locks ? 'errors.login.locked' : 'errors.currentPassword.wrong')
}

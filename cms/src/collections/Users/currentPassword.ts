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

/** Throws a localized 400 on `currentPassword` unless it is the password of user `id`. */
export const requireCurrentPassword = async (req: PayloadRequest, id: number | string, password: unknown): Promise<void> => {
  const locale = requestLocale(req)
  if (typeof password !== 'string' || password === '') {
    throw new ValidationError({
      collection: 'users',
      errors: [{ path: 'currentPassword', message: translate(locale, 'errors.currentPassword.required') }],
    })
  }
  if (!(await isCurrentPassword(req, id, password))) {
    throw new ValidationError({
      collection: 'users',
      errors: [{ path: 'currentPassword', message: translate(locale, 'errors.currentPassword.wrong') }],
    })
  }
}

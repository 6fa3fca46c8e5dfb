import { ValidationError, type CollectionBeforeOperationHook } from 'payload'
import { passwordSchema } from '@atlas/shared/schemas/auth'
import { translate } from '@atlas/shared/i18n'
import { requestLocale } from '../../../i18n/requestLocale'

const OPERATIONS_SETTING_A_PASSWORD = new Set(['create', 'update', 'resetPassword'])

/**
 * Payload hashes whatever password it is given; the strength rule (the same
 * shared zod schema web validates with) is enforced here so that no client —
 * web, REST or admin — can store a weak one.
 */
export const checkPasswordStrength: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (!OPERATIONS_SETTING_A_PASSWORD.has(operation)) return args
  const password = (args as { data?: { password?: unknown } }).data?.password
  if (password === undefined) return args
  const result = passwordSchema.safeParse(password)
  if (result.success) return args
  const key = result.error.issues[0]?.message ?? 'errors.password.weak'
  throw new ValidationError({
    collection: 'users',
    errors: [{ path: 'password', message: translate(requestLocale(req), key) }],
  })
}

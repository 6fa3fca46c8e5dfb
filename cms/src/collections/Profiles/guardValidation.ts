import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { translate } from '@atlas/shared/i18n'
import { roleOf } from '../../access/roleOf'
import { requestLocale } from '../../i18n/requestLocale'

/**
 * Only an advisor or an admin validates a profile, and the validation is
 * stamped with who and when. An investor may move draft <-> submitted.
 */
export const guardValidation: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const becomesValidated = data.status === 'validated' && originalDoc?.status !== 'validated'
  if (!becomesValidated) return data
  const role = roleOf(req.user)
  if (req.user && role !== 'advisor' && role !== 'admin') {
    throw new ValidationError({
      collection: 'profiles',
      errors: [{ path: 'status', message: translate(requestLocale(req), 'errors.profile.validateForbidden') }],
    })
  }
  data.validatedBy = req.user?.id ?? null
  data.validatedAt = new Date().toISOString()
  return data
}

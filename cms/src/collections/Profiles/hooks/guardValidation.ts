import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { translate } from '@atlas/shared/i18n'
import { roleOf } from '../../../access/roleOf'
import { requestLocale } from '../../../i18n/requestLocale'

/** Months between a validation and the yearly review reminder. */
export const REVIEW_AFTER_MONTHS = 12

/** The same instant `months` later (calendar months, UTC; 29 Feb + 12 months = 1 Mar). */
export const reviewDueFrom = (validatedAt: Date, months = REVIEW_AFTER_MONTHS): Date => {
  const due = new Date(validatedAt)
  due.setUTCMonth(due.getUTCMonth() + months)
  return due
}

/**
 * Only an advisor or an admin validates a profile, and the validation is
 * stamped with who, when, and when the yearly review falls due.
 * An investor may move draft <-> submitted.
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
  const now = new Date()
  data.validatedBy = req.user?.id ?? null
  data.validatedAt = now.toISOString()
  data.reviewDueAt = reviewDueFrom(now).toISOString()
  data.reviewRemindedAt = null
  return data
}

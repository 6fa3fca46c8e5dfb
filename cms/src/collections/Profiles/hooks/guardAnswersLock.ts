import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { translate } from '@atlas/shared/i18n'
import { STEPS } from '@atlas/shared/profile/questionnaire'
import { roleOf } from '../../../access/roleOf'
import { requestLocale } from '../../../i18n/requestLocale'

/** The answers as the step schemas read them (row ids and unknown keys left out). */
const answersOf = (doc: Record<string, unknown>) =>
  JSON.stringify(STEPS.map((step) => step.draft.safeParse(doc[step.key]).data ?? null))

/**
 * Once an advisor has validated a profile, its investor may not change the
 * answers while it stays validated: they move it back to `submitted` in the
 * same write (or first), which clears the validation and asks the advisor
 * to look again. Advisors and admins may correct a validated profile.
 * Leaving `validated` for any status clears validatedBy/At and reviewDueAt.
 */
export const guardAnswersLock: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (originalDoc?.status !== 'validated') return data
  const role = roleOf(req.user)
  if (data.status === 'validated') {
    if (req.user && role === 'investor' && answersOf(data) !== answersOf(originalDoc)) {
      throw new ValidationError({
        collection: 'profiles',
        errors: [{ path: 'status', message: translate(requestLocale(req), 'errors.questionnaire.locked') }],
      })
    }
    return data
  }
  data.validatedBy = null
  data.validatedAt = null
  data.reviewDueAt = null
  return data
}

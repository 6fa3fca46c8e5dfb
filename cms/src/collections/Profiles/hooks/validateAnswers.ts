import { ValidationError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'
import { translate } from '@atlas/shared/i18n'
import { completion, STEPS } from '@atlas/shared/profile/questionnaire'
import type { z } from 'zod'
import { requestLocale } from '../../../i18n/requestLocale'

type FieldIssue = { path: string; message: string }

const issuesOf = (key: string, error: z.ZodError, req: PayloadRequest): FieldIssue[] =>
  error.issues.map((issue) => ({
    path: [key, ...issue.path.map(String)].join('.'),
    message: translate(requestLocale(req), issue.message),
  }))

/**
 * Every write is checked against the shared step schemas (the same ones the
 * web wizard uses). A draft may leave answers out, but what is given must be
 * valid. A profile that is not a draft (submitted or validated) must be
 * complete: the refusal lists the unfinished steps at `status` and each
 * missing answer at its own path (`income.0.amountCents`).
 *
 * Runs in beforeChange, where Payload has already merged the stored answers
 * into `data`, so a PATCH of one step is checked with the others.
 */
export const validateAnswers: CollectionBeforeChangeHook = ({ data, req }) => {
  const errors: FieldIssue[] = []
  for (const step of STEPS) {
    const parsed = step.draft.safeParse(data[step.key])
    if (!parsed.success) errors.push(...issuesOf(step.key, parsed.error, req))
  }
  if (errors.length === 0 && data.status && data.status !== 'draft') {
    const { missing } = completion(data)
    if (missing.length > 0) {
      const locale = requestLocale(req)
      const steps = missing.map((id) => translate(locale, `questionnaire.step.${id}`)).join(', ')
      errors.push({ path: 'status', message: translate(locale, 'errors.questionnaire.incomplete', { steps }) })
      for (const id of missing) {
        const step = STEPS.find((candidate) => candidate.id === id)!
        const parsed = step.complete.safeParse(data[step.key])
        if (!parsed.success) errors.push(...issuesOf(step.key, parsed.error, req))
      }
    }
  }
  if (errors.length > 0) throw new ValidationError({ collection: 'profiles', errors })
  return data
}

import { ValidationError, type CollectionBeforeOperationHook } from 'payload'
import { contactRequestSchema } from '@atlas/shared/schemas/contact'
import { fieldErrorsFrom } from '@atlas/shared/schemas/fieldErrors'
import { translate } from '@atlas/shared/i18n'
import { requestLocale } from '../../../i18n/requestLocale'
import { checkRateLimit, recordAttempt } from '../../../rateLimit/limits'

/**
 * A prospect created by an anonymous caller is a visitor's contact request:
 * checked with the shared contact schema (the one web's form uses), limited
 * per IP, and reduced to the contact fields (pipeline fields are the
 * advisor's; field access drops them too).
 */
export const checkContactRequest: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  // Trusted server code (seed, endpoints with overrideAccess) is not a visitor.
  if (operation !== 'create' || req.user || (args as { overrideAccess?: boolean }).overrideAccess) return args
  const locale = requestLocale(req)
  const parsed = contactRequestSchema.safeParse((args as { data?: unknown }).data ?? {})
  if (!parsed.success) {
    const errors = Object.entries(fieldErrorsFrom(parsed.error)).map(([path, key]) => ({
      path,
      message: translate(locale, key),
    }))
    throw new ValidationError({ collection: 'prospects', errors })
  }
  const ipHash = await checkRateLimit(req, 'contact')
  await recordAttempt(req.payload, 'contact', ipHash)
  req.context.contactRequest = true
  return { ...args, data: { ...parsed.data, source: 'site' } }
}

import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { translate } from '@atlas/shared/i18n'
import { requestLocale } from '../../../i18n/requestLocale'
import { roleOf } from '../../../access/roleOf'

/**
 * A person signing up must accept the terms; the time of acceptance is kept,
 * and so is the time of every change of marketing consent (GDPR proof).
 * Accounts created by an admin in /admin are exempt from ticking the box.
 */
export const recordConsents: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  const now = new Date().toISOString()
  if (operation === 'create') {
    const createdByAdmin = roleOf(req.user) === 'admin'
    if (data.acceptTerms === true) data.termsAcceptedAt = now
    else if (!createdByAdmin) {
      throw new ValidationError({
        collection: 'users',
        errors: [{ path: 'acceptTerms', message: translate(requestLocale(req), 'errors.terms.required') }],
      })
    }
  }
  const consentBefore = Boolean(originalDoc?.marketingConsent)
  if (data.marketingConsent !== undefined && Boolean(data.marketingConsent) !== consentBefore) {
    data.marketingConsentAt = now
  }
  return data
}

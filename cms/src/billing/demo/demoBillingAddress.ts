import { ValidationError } from 'payload'
import { billingAddressSchema, type BillingAddress } from '@atlas/shared/billing/billingAddress'
import { translate, type Locale } from '@atlas/shared/i18n'
import { fieldErrorsFrom } from '@atlas/shared/schemas/fieldErrors'

/** `body.billingAddress`, checked; bad or missing → Payload's 400 ValidationError at `billingAddress.<field>`, localized. */
export const billingAddressFrom = (locale: Locale, value: unknown): BillingAddress => {
  const parsed = billingAddressSchema.safeParse(value && typeof value === 'object' && !Array.isArray(value) ? value : {})
  if (parsed.success) return parsed.data
  const errors = Object.entries(fieldErrorsFrom(parsed.error)).map(([field, key]) => ({
    path: `billingAddress.${field}`,
    message: translate(locale, key),
  }))
  throw new ValidationError({ errors })
}

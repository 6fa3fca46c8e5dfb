import type { DateFieldValidation, NumberFieldSingleValidation, TextFieldSingleValidation } from 'payload'
import { date, number, text } from 'payload/shared'
import { isCalendarDate } from '@atlas/shared/finance/dates'
import { translate } from '@atlas/shared/i18n'
import { requestLocale } from '../i18n/requestLocale'

/**
 * Field validators that add a rule to Payload's own (a custom `validate`
 * replaces the default one, so these call it first: required, min, max,
 * length checks keep working).
 */
export const wholeCents: NumberFieldSingleValidation = (value, options) => {
  const base = number(value, options)
  if (base !== true || value == null) return base
  return (
    Number.isInteger(value) ||
    (requestLocale(options.req) === 'en' ? 'The value must be a whole number of cents.' : 'La valeur doit être un nombre entier de centimes.')
  )
}

export const slugFormat: TextFieldSingleValidation = (value, options) => {
  const base = text(value, options)
  if (base !== true || !value) return base
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) || 'Lettres minuscules, chiffres et tirets seulement.'
}

/** Payload's text validator accepts objects and numbers (stored as their JSON text): only strings pass. */
export const plainText: TextFieldSingleValidation = (value, options) => {
  const base = text(value, options)
  if (base !== true || value == null) return base
  return typeof value === 'string' || 'Ce champ doit être un texte.'
}

/**
 * Payload's date validator takes whatever `Date` can read: '0' (the year
 * 2000), '2024-02-30' (1 March), '0000-01-01' — which PostgreSQL then refuses
 * with a 500. Text must be an ISO day or timestamp on a day that exists.
 */
export const calendarDate: DateFieldValidation = (value, options) => {
  const base = date(value, options)
  if (base !== true || !value) return base
  return typeof value !== 'string' || isCalendarDate(value) || translate(requestLocale(options.req), 'errors.date.invalid')
}

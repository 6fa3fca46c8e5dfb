/**
 * The rules a money field applies to what it is given (docs/decisions/028-money-in-the-admin.md):
 * integer cents within bounds. The admin sends cents when the text read as
 * euros (`eurosToCents`) and the text itself when it did not, so both land
 * here and the person gets one localized message at the field.
 */
import type { Locale } from '../i18n/locales'
import { translate } from '../i18n/translate'
import { type Cents, eurosToCents, formatEur, isCents } from './money'

/** Ten billion euros: a generous ceiling for any single amount in Atlas. */
export const MAX_MONEY_CENTS: Cents = 1_000_000_000_000

export type MoneyBounds = { min?: Cents; max?: Cents }

/** The localized problem with `value` as an amount of cents, or `null` when it is one within bounds. */
export function moneyProblem(value: unknown, bounds: MoneyBounds, locale: Locale): string | null {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'string') {
    const cents = eurosToCents(value)
    return cents === null ? translate(locale, 'errors.money.invalid') : moneyProblem(cents, bounds, locale)
  }
  // NaN is what Payload's number coercion makes of text that is not a number.
  if (typeof value !== 'number' || !Number.isFinite(value)) return translate(locale, 'errors.money.invalid')
  if (!isCents(value)) return translate(locale, 'errors.money.wholeCents')
  const { min = 0, max = MAX_MONEY_CENTS } = bounds
  if (value < min) return translate(locale, 'errors.money.min', { min: formatEur(min, locale) })
  if (value > max) return translate(locale, 'errors.money.max', { max: formatEur(max, locale) })
  return null
}

/** What a money input shows for stored cents: "250 000,00 €"; empty for no amount. */
export function moneyInputText(cents: unknown, locale: Locale): string {
  return isCents(cents) ? formatEur(cents, locale) : ''
}

/**
 * Money in Atlas is an integer number of euro cents. Every amount that is
 * stored, summed or compared is `Cents`; euros (a float) exist only at the
 * edges — parsing what a person typed and formatting what they read.
 */
import type { Locale } from '../i18n/locales'

/** An integer number of euro cents. 1 234,56 € is `123456`. */
export type Cents = number

/**
 * Round to the nearest integer, halves away from zero: 2.5 → 3, −2.5 → −3,
 * 2.4999 → 2. `Math.round` alone sends −2.5 to −2, which would make a debt
 * and the same credit round differently.
 *
 * Calculations call this once, on their final float, never on intermediate
 * values. The result is never −0.
 */
export function roundHalfAwayFromZero(value: number): number {
  const rounded = Math.sign(value) * Math.round(Math.abs(value))
  return rounded === 0 ? 0 : rounded
}

/** True for a finite integer that can stand for an amount of cents. */
export function isCents(value: unknown): value is Cents {
  return typeof value === 'number' && Number.isSafeInteger(value)
}

/** Throws a `RangeError` naming `label` unless `value` is integer cents. */
export function assertCents(value: number, label: string): void {
  if (!isCents(value)) throw new RangeError(`${label} must be integer cents, got ${value}`)
}

/** Cents to euros, for display or charts only: `123456` → `1234.56`. */
export function centsToEuros(cents: Cents): number {
  return cents / 100
}

const SPACES = /[\s\u00a0\u202f\u2009]/g
const GROUP_SEPARATOR = /[ .,]/

/**
 * Parse an amount of euros as a person types it into whole cents, or `null`
 * when it is not one.
 *
 * Accepted, all giving `123456`: `"1 234,56"`, `"1234,56"`, `"1234.56"`,
 * `"1 234,56 €"` (with any of space, no-break space U+00A0, narrow no-break
 * space U+202F as the thousands separator — fr-FR formatting uses U+202F),
 * `"€1,234.56"`, `"1.234,56"`, and the number `1234.56`. A leading `-` or
 * `−` makes it negative.
 *
 * Rules: the decimal mark is the last `,` or `.` when that character occurs
 * once; a mark that occurs more than once is a thousands separator
 * (`"1.234.567"` is 1 234 567 €). Thousands groups must have three digits.
 * So `"1,234"` reads as 1,234 € with three decimals and is rejected rather
 * than guessed. Rejected (`null`): more than two decimals, no digits,
 * NaN, ±Infinity, letters, amounts beyond `Number.MAX_SAFE_INTEGER` cents.
 *
 * No rounding ever happens: an input with more precision than a cent is
 * refused, not rounded.
 */
export function eurosToCents(input: string | number): Cents | null {
  if (typeof input === 'number') return numberToCents(input)
  return stringToCents(input)
}

function numberToCents(euros: number): Cents | null {
  if (!Number.isFinite(euros)) return null
  const cents = Math.round(euros * 100)
  // `cents / 100` is the double nearest to the decimal cents/100, which is
  // exactly what parsing that decimal gives: equal only when `euros` had at
  // most two decimals (1.005 gives 100 → 1 ≠ 1.005 → rejected).
  if (!Number.isSafeInteger(cents) || cents / 100 !== euros) return null
  return cents === 0 ? 0 : cents
}

function stringToCents(raw: string): Cents | null {
  let text = raw.trim()
  let negative = false
  const takeSign = (): void => {
    if (text.startsWith('-') || text.startsWith('\u2212')) {
      negative = true
      text = text.slice(1).trim()
    }
  }
  takeSign()
  if (text.startsWith('€')) text = text.slice(1).trim()
  else if (text.endsWith('€')) text = text.slice(0, -1).trim()
  if (!negative) takeSign()
  text = text.replace(SPACES, ' ')
  if (!/^[0-9 .,]+$/.test(text) || !/[0-9]/.test(text)) return null

  const parts = splitDecimal(text)
  if (parts === null) return null
  const digits = integerDigits(parts.integerPart)
  if (digits === null) return null

  const cents = Number(digits) * 100 + Number(parts.fraction.padEnd(2, '0'))
  if (!Number.isSafeInteger(cents)) return null
  return negative && cents !== 0 ? -cents : cents
}

/**
 * Split on the decimal mark — the last `,`/`.` when it occurs only once —
 * and check the fraction has one or two digits; null if it does not.
 */
function splitDecimal(text: string): { integerPart: string; fraction: string } | null {
  const last = Math.max(text.lastIndexOf(','), text.lastIndexOf('.'))
  if (last === -1) return { integerPart: text, fraction: '' }
  const mark = text.charAt(last)
  if (text.split(mark).length > 2) return { integerPart: text, fraction: '' }
  const fraction = text.slice(last + 1)
  if (!/^[0-9]{1,2}$/.test(fraction)) return null
  return { integerPart: text.slice(0, last), fraction }
}

/** The digits of an integer part, checking thousands groups; null if malformed. */
function integerDigits(integerPart: string): string | null {
  const trimmed = integerPart.trim()
  if (trimmed === '') return null
  if (/^[0-9]+$/.test(trimmed)) return trimmed
  const separator = GROUP_SEPARATOR.exec(trimmed)?.[0]
  if (separator === undefined) return null
  const groups = trimmed.split(separator)
  const [first, ...rest] = groups
  if (first === undefined || !/^[0-9]{1,3}$/.test(first)) return null
  if (!rest.every((group) => /^[0-9]{3}$/.test(group))) return null
  return groups.join('')
}

const FORMATTERS: Record<Locale, Intl.NumberFormat> = {
  fr: new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }),
  en: new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }),
}

/**
 * Format cents as euros for a reader: `formatEur(123456, 'fr')` →
 * `"1 234,56 €"` (U+202F narrow no-break space between thousands, U+00A0
 * before €), `formatEur(123456, 'en')` → `"€1,234.56"` (en-GB).
 * Always two decimals; no rounding (cents are exact).
 */
export function formatEur(cents: Cents, locale: Locale): string {
  return FORMATTERS[locale].format(centsToEuros(cents))
}

const WHOLE_EURO_FORMATTERS: Record<Locale, Intl.NumberFormat> = {
  fr: new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', minimumFractionDigits: 0, maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR', minimumFractionDigits: 0, maximumFractionDigits: 0 }),
}

/**
 * A price as a shop window shows it: whole euros without decimals
 * (`formatPrice(2900, 'fr')` → `"29 €"`), any other amount exactly as
 * `formatEur` (`990` → `"9,90 €"`). Never rounds.
 */
export function formatPrice(cents: Cents, locale: Locale): string {
  return cents % 100 === 0 ? WHOLE_EURO_FORMATTERS[locale].format(cents / 100) : formatEur(cents, locale)
}

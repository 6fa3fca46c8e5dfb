/**
 * Calendar dates as a French investor sees them: in Europe/Paris, whatever
 * the server's timezone. Every function takes the instant as an argument;
 * none reads the clock.
 */
import type { Locale } from '../i18n/locales'

/** A calendar month, `'YYYY-MM'`, e.g. `'2025-02'`. */
export type MonthKey = string

const PARIS = 'Europe/Paris'

const INTL_LOCALE: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' }

/**
 * Format an instant as a date in Paris: `'long'` (default) gives
 * `"1 février 2025"` / `"1 February 2025"`, `'short'` gives `"01/02/2025"`.
 * 2025-01-31T23:30Z is already 1 February in Paris (UTC+1), and prints so.
 */
export function formatDateParis(
  date: Date,
  locale: Locale,
  style: 'long' | 'short' = 'long',
): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: PARIS, dateStyle: style }).format(
    date,
  )
}

const MONTH_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: PARIS,
  year: 'numeric',
  month: '2-digit',
})

/**
 * The Paris calendar month of an instant: 2025-01-31T23:30Z → `'2025-02'`
 * (00:30 on 1 February in Paris), 2025-01-31T22:30Z → `'2025-01'`.
 */
export function monthKeyParis(date: Date): MonthKey {
  const { year, month } = yearMonthParis(date)
  return toMonthKey(year, month)
}

/**
 * Whole calendar months from the Paris month of `from` to the Paris month of
 * `to`: from any day of January 2025 to any day of December 2025 is 11.
 * Negative when `to` is in an earlier month. Days within the month are
 * ignored on purpose: savings plans contribute once a month.
 */
export function monthsBetweenParis(from: Date, to: Date): number {
  const a = yearMonthParis(from)
  const b = yearMonthParis(to)
  return (b.year - a.year) * 12 + (b.month - a.month)
}

/** A calendar day, `'YYYY-MM-DD'`, e.g. `'2025-02-01'`. Sorts as text in date order. */
export type DayKey = string

const DAY_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: PARIS,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/**
 * The Paris calendar day of an instant: 2025-01-31T23:30Z → `'2025-02-01'`
 * (00:30 in Paris), 2025-01-31T22:30Z → `'2025-01-31'`.
 */
export function dayKeyParis(date: Date): DayKey {
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid Date')
  const parts = DAY_PARTS.formatToParts(date)
  const part = (type: 'year' | 'month' | 'day') => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`
}

/**
 * Whole years from a `'YYYY-MM-DD'` day (a birth date) to the Paris day of
 * `now`: someone born on 2008-11-26 is 17 until the 26 November 2026 begins
 * in Paris — i.e. from 2026-11-25T23:00Z, while it is still the 25th in UTC.
 * A birthday on 29 February counts on 1 March in common years.
 */
export function completedYearsParis(day: DayKey, now: Date): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  if (match === null) throw new RangeError(`completedYearsParis needs 'YYYY-MM-DD', got ${day}`)
  const today = dayKeyParis(now)
  const years = Number(today.slice(0, 4)) - Number(match[1])
  return today.slice(5) < `${match[2]}-${match[3]}` ? years - 1 : years
}

/** The month `count` months after `key`: `addMonths('2025-11', 3)` → `'2026-02'`. */
export function addMonths(key: MonthKey, count: number): MonthKey {
  const match = /^(\d{4})-(\d{2})$/.exec(key)
  if (match === null || !Number.isInteger(count)) {
    throw new RangeError(`addMonths needs 'YYYY-MM' and an integer, got ${key}, ${count}`)
  }
  const index = Number(match[1]) * 12 + (Number(match[2]) - 1) + count
  return toMonthKey(Math.floor(index / 12), (index % 12) + 1)
}

function yearMonthParis(date: Date): { year: number; month: number } {
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid Date')
  const parts = MONTH_PARTS.formatToParts(date)
  const year = Number(parts.find((part) => part.type === 'year')?.value)
  const month = Number(parts.find((part) => part.type === 'month')?.value)
  return { year, month }
}

function toMonthKey(year: number, month: number): MonthKey {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`
}

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?)?$/

/**
 * A date a person could mean, as ISO 8601 text: a day ('2019-03-15') or a
 * timestamp, on a day that exists, from 1900 to 2999. `Date` alone is too
 * lenient for storage: it reads '0' as the year 2000 and '2024-02-30' as
 * 1 March, which PostgreSQL then refuses.
 */
export function isCalendarDate(text: string): boolean {
  const match = ISO_DATE_TIME.exec(text)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const noon = new Date(Date.UTC(year, month - 1, day, 12))
  return (
    year >= 1900 && year <= 2999 &&
    noon.getUTCFullYear() === year && noon.getUTCMonth() === month - 1 && noon.getUTCDate() === day &&
    !Number.isNaN(new Date(text).getTime())
  )
}

import type { Locale } from '../i18n/locales'

/*
 * Labels of the net-worth chart, shared by the portal (web) and the
 * advisor's client page (cms). Spelled here rather than by Intl's short
 * months and compact notation, whose output differs between the server's
 * ICU and the browser's (a hydration mismatch).
 */
const SHORT_MONTHS: Record<Locale, string[]> = {
  fr: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
}

/** Built once: an Intl formatter costs far more to make than to use (it showed in the dashboard's CPU profile). */
const LONG_MONTHS: Record<Locale, Intl.DateTimeFormat> = {
  fr: new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
}

/** 'YYYY-MM' → "mars" (short) or "mars 2026" (long). */
export const monthName = (month: string, locale: Locale, style: 'short' | 'long') =>
  style === 'short'
    ? SHORT_MONTHS[locale][Number(month.slice(5, 7)) - 1] ?? month
    : LONG_MONTHS[locale].format(new Date(`${month}-15T12:00:00Z`))

/** `cents / divisor` rounded half up, in integers (exact: no float division). */
const roundedDiv = (cents: number, divisor: number) => Math.floor((2 * cents + divisor) / (2 * divisor))

/**
 * 31 935 000 c → "319 k€" ; 123 456 789 c → "1,2 M€" (fr) / "€1.2M" (en).
 * The unit is chosen after rounding: 999 500 € rounds to 1 000 k€ and so
 * reads "1,0 M€"; 999,60 € rounds to 1 000 € and reads "1 k€".
 */
export function compactEur(cents: number, locale: Locale): string {
  const sign = cents < 0 ? '−' : ''
  const size = Math.abs(Math.round(cents))
  const euros = roundedDiv(size, 100)
  const thousands = roundedDiv(size, 100_000)
  const tenthsOfMillion = roundedDiv(size, 10_000_000)
  const [amount, unit] =
    euros < 1000
      ? [String(euros), '']
      : thousands < 1000
        ? [String(thousands), 'k']
        : [`${Math.floor(tenthsOfMillion / 10)}.${tenthsOfMillion % 10}`, 'M']
  return locale === 'fr' ? `${sign}${amount.replace('.', ',')} ${unit}€` : `${sign}€${amount}${unit}`
}

/** The months to label on a narrow axis: every third, ending on the last. */
export const everyThirdMonth = (months: readonly string[]) => months.filter((_, index) => (months.length - 1 - index) % 3 === 0)

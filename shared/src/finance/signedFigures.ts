/**
 * Gains and losses as a reader sees them: always with their sign, the
 * typographic minus (U+2212) as the dashboard already writes a change, so a
 * loss never reads by its colour alone.
 */
import type { Locale } from '../i18n/locales'
import type { Cents } from './money'
import { formatEur } from './money'

const sign = (value: number): string => (value > 0 ? '+' : value < 0 ? '\u2212' : '')

/** `520000` → `"+5 200,00 €"`, `-300000` → `"−3 000,00 €"`, `0` → `"0,00 €"`. */
export function formatSignedEur(cents: Cents, locale: Locale): string {
  return `${sign(cents)}${formatEur(Math.abs(cents), locale)}`
}

const RATES: Record<Locale, Intl.NumberFormat> = {
  fr: new Intl.NumberFormat('fr-FR', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }),
}

/**
 * A rate (0.1875 is 18,75 %) to one decimal with its sign: `"+18,8 %"` (fr, no-break space
 * U+00A0 before %), `"−25,0 %"`. A rate that rounds to 0,0 % has no sign.
 */
export function formatSignedRate(rate: number, locale: Locale): string {
  const text = RATES[locale].format(Math.abs(rate))
  return RATES[locale].format(0) === text ? text : `${sign(rate)}${text}`
}

import { formatDateParis } from '../../finance/dates'
import { formatEur } from '../../finance/money'
import type { Locale } from '../../i18n/locales'
import { translate } from '../../i18n/translate'
import type { Figure, Params } from './assessSuitability'

const NUMBER: Record<Locale, Intl.NumberFormat> = {
  fr: new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }),
}

/** A number to one decimal at most, "4,3" / "4.3" (thousands with a no-break space in French). */
export const formatNumber = (value: number, locale: Locale): string => NUMBER[locale].format(value).replace(/\u202f/g, '\u00a0')

/** "30 %" (no-break space) in French, "30%" in English. */
export const formatPct = (value: number, locale: Locale): string => `${formatNumber(value, locale)}${locale === 'fr' ? '\u00a0%' : '%'}`

/** One figure as the reader reads it. */
export function formatFigure(figure: Figure, locale: Locale): string {
  if (typeof figure === 'string') return figure
  if (typeof figure === 'number') return formatNumber(figure, locale)
  if ('eur' in figure) return formatEur(figure.eur, locale).replace(/\u202f/g, '\u00a0')
  if ('pct' in figure) return formatPct(figure.pct, locale)
  if ('num' in figure) return formatNumber(figure.num, locale)
  if ('date' in figure) return formatDateParis(new Date(figure.date), locale)
  if ('key' in figure) return translate(locale, figure.key)
  return figure.keys.map((key) => translate(locale, key)).join(', ')
}

/** A check's or a line's message, its figures printed (`documents.adequation.*`). */
export function suitabilityMessage(messageKey: string, params: Params, locale: Locale): string {
  const printed = Object.fromEntries(Object.entries(params).map(([name, figure]) => [name, formatFigure(figure, locale)]))
  return translate(locale, messageKey, printed)
}

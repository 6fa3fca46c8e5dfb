import { translate } from '../i18n'
import type { Locale } from '../i18n/locales'

const INTL_LOCALE: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' }

/** "30/11": the day and month of a price in Paris, as the label "cours du 30/11" shows it. */
export function priceDay(asOf: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: 'Europe/Paris', day: '2-digit', month: '2-digit' }).format(asOf)
}

/** "0,5" / "0.5": a quantity with up to 8 decimals, grouped as the locale writes numbers. */
export function formatQuantity(quantity: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 8 }).format(quantity)
}

/**
 * What a patrimony line says about a quoted holding: "0,5 BTC · cours du 30/11"
 * when its value comes from a price, "0,5 XYZ · valeur saisie" when the price
 * was unknown and the investor typed the value.
 */
export function quoteLine(
  holding: { symbol: string; quantity: number; priceAsOf?: string | null },
  locale: Locale,
): string {
  const quantity = formatQuantity(holding.quantity, locale)
  if (!holding.priceAsOf) return translate(locale, 'prices.manual', { quantity, symbol: holding.symbol })
  return translate(locale, 'prices.line', { quantity, symbol: holding.symbol, date: priceDay(new Date(holding.priceAsOf), locale) })
}

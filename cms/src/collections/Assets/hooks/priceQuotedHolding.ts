import { ValidationError, type CollectionBeforeValidateHook } from 'payload'
import { translate } from '@atlas/shared/i18n'
import { isCents } from '@atlas/shared/finance/money'
import { holdingValueCents } from '@atlas/shared/prices/holdingValue'
import { isListedCategory, quotedHoldingOf } from '@atlas/shared/prices/quotedHolding'
import { requestLocale } from '../../../i18n/requestLocale'
import { priceProvider } from '../../../prices/priceProvider'
import type { Quote } from '../../../prices/quote'

/** Set by the daily refresh: the quotes it already fetched for every symbol, so a save asks no provider. */
export type QuotesContext = { quotes?: Map<string, Quote> }

/**
 * A quoted holding (crypto, or a PEA / compte-titres line naming a listed
 * security) is worth quantity × price: on every save the value is computed
 * here, server-side, from the provider's price, and the price, its date and
 * its source are kept on the asset. Whatever value the client sent is
 * replaced. A symbol the provider does not know keeps the value typed by
 * hand; with none typed, the save is refused at the value field:
 * "Cours inconnu pour XYZ : saisissez la valeur." (decision 031).
 * Runs before field validation, so the required value is there by then.
 */
export const priceQuotedHolding: CollectionBeforeValidateHook = async ({ data, originalDoc, req, context }) => {
  if (!data) return data
  const merged = { ...(originalDoc ?? {}), ...data }
  if (!isListedCategory(merged.category)) {
    data.listedSymbol = null
    data.listedQuantity = null
  }
  const unpriced = () => {
    data.unitPrice = null
    data.priceAsOf = null
    data.priceSource = null
  }
  const holding = quotedHoldingOf(merged)
  if (!holding) {
    unpriced()
    return data
  }
  const given = (context as QuotesContext).quotes
  const quotes = given instanceof Map ? given : await priceProvider(req.payload.logger).quotes([holding.symbol])
  const quote = quotes.get(holding.symbol)
  if (!quote) {
    unpriced()
    if (!isCents(merged.valueCents)) {
      const message = translate(requestLocale(req), 'errors.asset.unknownQuote', { symbol: holding.symbol })
      throw new ValidationError({ collection: 'assets', errors: [{ path: 'valueCents', message }] }, req.t)
    }
    return data
  }
  data.valueCents = holdingValueCents(holding.quantity, quote.unitPrice)
  data.unitPrice = quote.unitPrice
  data.priceAsOf = quote.asOf
  data.priceSource = quote.source
  return data
}

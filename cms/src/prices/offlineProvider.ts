import { OFFLINE_QUOTES_AS_OF, offlineQuote } from '@atlas/shared/prices/offlineQuotes'
import type { PriceProvider, Quote } from './quote'

/** The dated table shipped with Atlas (shared/src/prices/offlineQuotes.ts): no network, the same answer every day. */
export const offlineProvider: PriceProvider = {
  async quotes(symbols) {
    const found = new Map<string, Quote>()
    for (const symbol of symbols) {
      const line = offlineQuote(symbol)
      if (line) found.set(symbol, { symbol, unitPrice: line.unitPrice, currency: 'EUR', asOf: OFFLINE_QUOTES_AS_OF, source: 'offline' })
    }
    return found
  },
}

/** One price: `unitPrice` euros for one unit of `symbol`, as of `asOf` (ISO instant), from `source`. */
export type Quote = {
  symbol: string
  unitPrice: string
  currency: 'EUR'
  asOf: string
  source: QuoteSource
}

export const QUOTE_SOURCES = ['offline', 'coingecko'] as const
export type QuoteSource = (typeof QUOTE_SOURCES)[number]

/**
 * Where prices come from. `quotes` answers for many symbols at once (the
 * daily refresh asks once for every symbol held); a symbol it does not know
 * is simply missing from the map. It never throws: a live provider that
 * fails answers from the offline table and logs why.
 */
export interface PriceProvider {
  quotes(symbols: readonly string[]): Promise<Map<string, Quote>>
}

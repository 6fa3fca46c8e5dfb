/**
 * The price table shipped with Atlas: what quoted holdings are valued at when
 * no live provider is configured (PRICE_PROVIDER unset). Every price is the
 * closing price in euros of ONE day, `OFFLINE_QUOTES_AS_OF`, and the UI
 * labels values from it "cours du 30/11". Update the date and every price
 * together, never one line alone.
 *
 * Unit prices are decimal strings (no binary floating point): an ETF share
 * may be quoted to four decimals, a crypto to more.
 */

/** 30 November 2026, 18:30 in Paris (after the Euronext close). */
export const OFFLINE_QUOTES_AS_OF = '2026-11-30T17:30:00.000Z'

export type OfflineQuote = {
  /** What the investor types: a crypto symbol or a stock-exchange ticker (mnemonic). */
  symbol: string
  /** ISIN of a listed security, also accepted as its symbol. */
  isin?: string
  /** CoinGecko id of a crypto, used by the live provider. */
  coingeckoId?: string
  name: string
  unitPrice: string
}

export const OFFLINE_QUOTES: readonly OfflineQuote[] = [
  { symbol: 'BTC', coingeckoId: 'bitcoin', name: 'Bitcoin', unitPrice: '79843.21' },
  { symbol: 'ETH', coingeckoId: 'ethereum', name: 'Ether', unitPrice: '2648.37' },
  { symbol: 'SOL', coingeckoId: 'solana', name: 'Solana', unitPrice: '118.642' },
  { symbol: 'USDC', coingeckoId: 'usd-coin', name: 'USD Coin', unitPrice: '0.8612' },
  { symbol: 'CW8', isin: 'LU1681043599', name: 'Amundi MSCI World UCITS ETF', unitPrice: '544.1568' },
  { symbol: 'EWLD', isin: 'FR0011869353', name: 'Amundi PEA Monde (MSCI World) UCITS ETF', unitPrice: '33.1245' },
  { symbol: 'ESE', isin: 'FR0011550185', name: 'BNP Paribas Easy S&P 500 UCITS ETF', unitPrice: '27.8934' },
  { symbol: 'AI', isin: 'FR0000120073', name: 'Air Liquide', unitPrice: '164.82' },
  { symbol: 'MC', isin: 'FR0000121014', name: 'LVMH', unitPrice: '612.40' },
  { symbol: 'TTE', isin: 'FR0000120271', name: 'TotalEnergies', unitPrice: '55.37' },
  { symbol: 'OR', isin: 'FR0000120321', name: 'L’Oréal', unitPrice: '358.15' },
]

/** The table's line for a symbol or an ISIN (in capitals), or undefined. */
export function offlineQuote(symbol: string): OfflineQuote | undefined {
  return OFFLINE_QUOTES.find((quote) => quote.symbol === symbol || quote.isin === symbol)
}

import { offlineQuote } from '@atlas/shared/prices/offlineQuotes'
import { parseDecimal } from '@atlas/shared/prices/holdingValue'
import { offlineProvider } from './offlineProvider'
import type { PriceProvider, Quote } from './quote'

/** CoinGecko accepts many ids per call; a few hundred keep the URL short. */
export const IDS_PER_REQUEST = 200

type Logger = { warn: (message: string) => void }

export type CoingeckoOptions = { url: string; apiKey: string; timeoutMs: number; logger: Logger }

/** `GET /api/v3/simple/price?ids=bitcoin&vs_currencies=eur&include_last_updated_at=true` answers `{ bitcoin: { eur: 79843.21, last_updated_at: 1764523800 } }`. */
type SimplePrice = Record<string, { eur?: unknown; last_updated_at?: unknown } | undefined>

/** A JSON number as the decimal text we store: 79843.21 → "79843.21", 1.2e-7 → "0.00000012". */
function priceText(value: unknown): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) return null
  const scaled = parseDecimal(value)
  if (!scaled) return null
  const digits = scaled.digits.toString().padStart(scaled.scale + 1, '0')
  if (scaled.scale === 0) return digits
  const text = `${digits.slice(0, -scaled.scale)}.${digits.slice(-scaled.scale)}`
  // At most 12 decimals are stored (isUnitPrice): a sub-nano price is not a price we can value in cents.
  const [whole, fraction = ''] = text.split('.')
  return fraction.length > 12 ? `${whole}.${fraction.slice(0, 12)}` : text
}

/**
 * Crypto prices in euros from CoinGecko's public simple-price API (or any
 * server with its shape, PRICE_API_URL). Only crypto symbols of the offline
 * table have a CoinGecko id; listed securities and anything the API does not
 * answer come from the offline table. A network error, a timeout, a non-2xx
 * or a body of the wrong shape is logged and answered from the table too:
 * a save or the daily refresh never fails because of the price API.
 */
export function coingeckoProvider(options: CoingeckoOptions): PriceProvider {
  return {
    async quotes(symbols) {
      const fallback = await offlineProvider.quotes(symbols)
      const byId = new Map<string, string[]>()
      for (const symbol of symbols) {
        const id = offlineQuote(symbol)?.coingeckoId
        if (id) byId.set(id, [...(byId.get(id) ?? []), symbol])
      }
      const ids = [...byId.keys()]
      const found = new Map(fallback)
      for (let start = 0; start < ids.length; start += IDS_PER_REQUEST) {
        const batch = ids.slice(start, start + IDS_PER_REQUEST)
        const url = new URL(options.url)
        url.searchParams.set('ids', batch.join(','))
        url.searchParams.set('vs_currencies', 'eur')
        url.searchParams.set('include_last_updated_at', 'true')
        url.searchParams.set('precision', 'full')
        let body: SimplePrice
        try {
          const response = await fetch(url, {
            headers: { accept: 'application/json', ...(options.apiKey ? { 'x-cg-demo-api-key': options.apiKey } : {}) },
            signal: AbortSignal.timeout(options.timeoutMs),
          })
          if (!response.ok) throw new Error(`HTTP ${response.status}`)
          body = (await response.json()) as SimplePrice
          if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new Error('unexpected body')
        } catch (error) {
          options.logger.warn(`[prices] CoinGecko unavailable (${(error as Error).message}): offline table used for ${batch.join(', ')}`)
          continue
        }
        for (const id of batch) {
          const entry = body[id]
          const unitPrice = priceText(entry?.eur)
          if (!unitPrice) {
            options.logger.warn(`[prices] CoinGecko has no EUR price for ${id}: offline table used`)
            continue
          }
          const updated = Number(entry?.last_updated_at)
          const asOf = Number.isFinite(updated) && updated > 0 ? new Date(updated * 1000).toISOString() : new Date().toISOString()
          for (const symbol of byId.get(id)!) {
            const quote: Quote = { symbol, unitPrice, currency: 'EUR', asOf, source: 'coingecko' }
            found.set(symbol, quote)
          }
        }
      }
      return found
    },
  }
}

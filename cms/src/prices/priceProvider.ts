import { env } from '../env'
import { coingeckoProvider } from './coingeckoProvider'
import { offlineProvider } from './offlineProvider'
import type { PriceProvider } from './quote'

/** The provider PRICE_PROVIDER names: `coingecko` (live crypto prices), anything else the offline table. */
export function priceProvider(logger: { warn: (message: string) => void }): PriceProvider {
  if (env.priceProvider !== 'coingecko') return offlineProvider
  return coingeckoProvider({ url: env.priceApiUrl, apiKey: env.priceApiKey, timeoutMs: env.priceApiTimeoutMs, logger })
}

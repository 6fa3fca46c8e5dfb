import { delay, http, HttpResponse } from 'msw'

export const COINGECKO_SIMPLE_PRICE_URL = 'https://api.coingecko.com/api/v3/simple/price'

/** One coin as CoinGecko's simple-price answers it: `{ "bitcoin": { "eur": 79843.21, "last_updated_at": 1764523800 } }`. */
export type CoinPrice = { eur: number; last_updated_at: number }

/** A scripted answer: an error status (CoinGecko's error body), or a hang longer than the client waits. */
export type CoingeckoScript = { status: number } | { hangMs: number }

/**
 * CoinGecko's `GET /api/v3/simple/price?ids=…&vs_currencies=eur&include_last_updated_at=true`:
 * answers the ids it knows (`prices`), leaves the others out as the real API
 * does, and records every request's ids. `answerNext` scripts the next calls.
 */
export const coingecko = () => {
  const prices = new Map<string, CoinPrice>()
  const requests: { ids: string[]; vsCurrencies: string | null; answered: number | 'timeout' }[] = []
  const script: CoingeckoScript[] = []
  const handlers = [
    http.get(COINGECKO_SIMPLE_PRICE_URL, async ({ request }) => {
      const url = new URL(request.url)
      const ids = (url.searchParams.get('ids') ?? '').split(',').filter(Boolean)
      const vsCurrencies = url.searchParams.get('vs_currencies')
      const next = script.shift()
      if (next && 'hangMs' in next) {
        requests.push({ ids, vsCurrencies, answered: 'timeout' })
        await delay(next.hangMs)
        return HttpResponse.json({})
      }
      if (next) {
        requests.push({ ids, vsCurrencies, answered: next.status })
        return HttpResponse.json({ status: { error_code: next.status, error_message: 'You have exceeded the Rate Limit.' } }, { status: next.status })
      }
      requests.push({ ids, vsCurrencies, answered: 200 })
      const body: Record<string, Partial<CoinPrice>> = {}
      for (const id of ids) {
        const price = prices.get(id)
        if (!price) continue
        body[id] = url.searchParams.get('include_last_updated_at') === 'true' ? price : { eur: price.eur }
      }
      return HttpResponse.json(body)
    }),
  ]
  return {
    handlers,
    prices,
    requests,
    answerNext: (...answers: CoingeckoScript[]) => script.push(...answers),
    reset: () => {
      prices.clear()
      requests.length = 0
      script.length = 0
    },
  }
}

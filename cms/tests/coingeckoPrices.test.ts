import { setupServer } from 'msw/node'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { OFFLINE_QUOTES_AS_OF } from '@atlas/shared/prices/offlineQuotes'
import { coingecko } from '../../mocks/coingecko'
import { TEST_PASSWORD, uniqueEmail } from '../../tests/support/accounts'
import { testPayload } from '../../tests/support/payload'

/*
 * This file's Payload instance uses the live provider (PRICE_PROVIDER=coingecko)
 * against the CoinGecko stand-in, in CoinGecko's real JSON shape. The servers
 * under test stay offline.
 */
vi.hoisted(() => {
  process.env.PRICE_PROVIDER = 'coingecko'
  process.env.PRICE_API_TIMEOUT_MS = '300'
})

const { priceProvider } = await import('../src/prices/priceProvider')
const { refreshPricesHandler } = await import('../src/jobs/refreshPrices')

const vendor = coingecko()
const server = setupServer(...vendor.handlers)
beforeAll(() => server.listen({ onUnhandledRequest: 'bypass' }))
afterAll(() => server.close())
beforeEach(() => vendor.reset())

/** An investor made through the Local API only: everything in this file runs in-process. */
const createInvestor = async () =>
  (await testPayload()).create({
    collection: 'users',
    overrideAccess: true,
    disableVerificationEmail: true,
    data: { email: uniqueEmail('investor'), password: TEST_PASSWORD, name: 'Test investor', role: 'investor', acceptTerms: true, _verified: true } as never,
  })

const DAY = 86_400
const now = Math.floor(Date.now() / 1000)
const logger = () => {
  const warnings: string[] = []
  return { warnings, warn: (message: string) => void warnings.push(message) }
}

describe('the CoinGecko price provider', () => {
  it('asks once for every crypto, in euros, and reads price and date from the answer', async () => {
    vendor.prices.set('bitcoin', { eur: 81234.56789, last_updated_at: now })
    vendor.prices.set('ethereum', { eur: 2701.1, last_updated_at: now - 60 })
    const quotes = await priceProvider(logger()).quotes(['BTC', 'ETH', 'CW8'])
    expect(vendor.requests).toEqual([{ ids: ['bitcoin', 'ethereum'], vsCurrencies: 'eur', answered: 200 }])
    expect(quotes.get('BTC')).toEqual({ symbol: 'BTC', unitPrice: '81234.56789', currency: 'EUR', asOf: new Date(now * 1000).toISOString(), source: 'coingecko' })
    expect(quotes.get('ETH')?.unitPrice).toBe('2701.1')
    // a listed security has no CoinGecko id: the offline table answers
    expect(quotes.get('CW8')).toMatchObject({ unitPrice: '544.1568', asOf: OFFLINE_QUOTES_AS_OF, source: 'offline' })
  })

  it('answers from the offline table for an id CoinGecko leaves out, and knows nothing of a symbol neither knows', async () => {
    vendor.prices.set('bitcoin', { eur: 80000, last_updated_at: now })
    const log = logger()
    const quotes = await priceProvider(log).quotes(['BTC', 'SOL', 'XYZ'])
    expect(quotes.get('SOL')).toMatchObject({ unitPrice: '118.642', source: 'offline' })
    expect(quotes.has('XYZ')).toBe(false)
    expect(log.warnings).toEqual([expect.stringContaining('no EUR price for solana')])
  })

  it.each([
    ['a 429', { status: 429 }],
    ['a 500', { status: 500 }],
    ['a timeout', { hangMs: 2_000 }],
  ])('falls back to the offline table on %s, and says so in the log', async (_name, answer) => {
    vendor.prices.set('bitcoin', { eur: 80000, last_updated_at: now })
    vendor.answerNext(answer)
    const log = logger()
    const started = Date.now()
    const quotes = await priceProvider(log).quotes(['BTC'])
    expect(Date.now() - started).toBeLessThan(1_500)
    expect(quotes.get('BTC')).toMatchObject({ unitPrice: '79843.21', source: 'offline' })
    expect(log.warnings).toEqual([expect.stringContaining('CoinGecko unavailable')])
  })

  it('never breaks a save: a crypto recorded while CoinGecko is down gets the table price', async () => {
    const payload = await testPayload()
    const investor = await createInvestor()
    vendor.answerNext({ status: 503 })
    const asset = await payload.create({
      collection: 'assets',
      overrideAccess: true,
      data: { owner: investor.id, kind: 'asset', category: 'crypto', label: 'Bitcoin', cryptoSymbol: 'BTC', cryptoQuantity: 0.5 } as never,
    })
    expect(asset).toMatchObject({ valueCents: 3_992_161, priceSource: 'offline' })
  })
})

describe('the daily refresh with live prices', () => {
  const pointsOf = async (asset: number) =>
    (await (await testPayload()).find({ collection: 'asset-valuations', where: { asset: { equals: asset } }, sort: 'valuedAt', pagination: false, overrideAccess: true })).docs

  it('writes one point per holding per day, at the price’s date, with one request for all holdings', async () => {
    const payload = await testPayload()
    const investor = await createInvestor()
    // Instants at midday UTC (13:00 or 14:00 in Paris), so "later the same day" cannot cross a Paris midnight.
    const today = new Date()
    const noon = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate(), 12) / 1000
    vendor.prices.set('bitcoin', { eur: 80000, last_updated_at: noon })
    vendor.prices.set('ethereum', { eur: 2500, last_updated_at: noon })
    const create = (label: string, cryptoSymbol: string, cryptoQuantity: number) =>
      payload.create({ collection: 'assets', overrideAccess: true, data: { owner: investor.id, kind: 'asset', category: 'crypto', label, cryptoSymbol, cryptoQuantity } as never })
    const btc = await create('Ledger', 'BTC', 0.5)
    const btc2 = await create('Coinbase', 'BTC', 0.25)
    const eth = await create('Ether', 'ETH', 2)
    expect([btc.valueCents, btc2.valueCents, eth.valueCents]).toEqual([4_000_000, 2_000_000, 500_000])
    vendor.requests.length = 0
    const run = () => refreshPricesHandler({ input: { owner: investor.id }, req: { payload } } as never)

    // Same day as the save: nothing to write.
    expect(await run()).toEqual({ output: { refreshed: 0, unchanged: 3, unknown: 0, failed: 0 } })

    // The next day's price.
    vendor.prices.set('bitcoin', { eur: 82000.5, last_updated_at: noon + DAY })
    vendor.prices.set('ethereum', { eur: 2600, last_updated_at: noon + DAY })
    expect(await run()).toEqual({ output: { refreshed: 3, unchanged: 0, unknown: 0, failed: 0 } })

    // Later that day, a new price: the day already has its point.
    vendor.prices.set('bitcoin', { eur: 90000, last_updated_at: noon + DAY + 3 * 3600 })
    expect(await run()).toEqual({ output: { refreshed: 0, unchanged: 3, unknown: 0, failed: 0 } })

    // The day after: one more point each — none for ETH, whose price did not move.
    vendor.prices.set('bitcoin', { eur: 83000, last_updated_at: noon + 2 * DAY })
    vendor.prices.set('ethereum', { eur: 2600, last_updated_at: noon + 2 * DAY })
    expect(await run()).toEqual({ output: { refreshed: 3, unchanged: 0, unknown: 0, failed: 0 } })
    // One request per run, for every holding together.
    expect(vendor.requests).toHaveLength(4)
    expect(vendor.requests.every((request) => request.ids.join() === 'bitcoin,ethereum')).toBe(true)

    const points = await pointsOf(btc.id)
    expect(points.map((point) => point.valueCents)).toEqual([4_000_000, 4_100_025, 4_150_000])
    expect(points.slice(1).map((point) => point.valuedAt)).toEqual([
      new Date((noon + DAY) * 1000).toISOString(),
      new Date((noon + 2 * DAY) * 1000).toISOString(),
    ])
    expect((await pointsOf(eth.id)).map((point) => point.valueCents)).toEqual([500_000, 520_000])
    const stored = await payload.findByID({ collection: 'assets', id: btc.id, overrideAccess: true })
    expect(stored).toMatchObject({ valueCents: 4_150_000, unitPrice: '83000', priceSource: 'coingecko', priceAsOf: new Date((noon + 2 * DAY) * 1000).toISOString() })
  })
})

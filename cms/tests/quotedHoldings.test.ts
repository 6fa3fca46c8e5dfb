import { beforeAll, describe, expect, it } from 'vitest'
import { OFFLINE_QUOTES_AS_OF } from '@atlas/shared/prices/offlineQuotes'
import { createAccount, type Account } from '../../tests/support/accounts'
import { testPayload } from '../../tests/support/payload'
import { valuationPointsOf } from '../../tests/support/valuations'
import { rest } from '../../tests/support/rest'
import { refreshPricesHandler } from '../src/jobs/refreshPrices'

/**
 * Quoted holdings through REST on the server under test, which has no price
 * provider configured: values come from the offline table dated 30/11/2026
 * (BTC 79 843,21 €, EWLD 33,1245 €, CW8 544,1568 €).
 */

const post = (account: Account, body: Record<string, unknown>) => rest('POST', '/assets', { token: account.token, body })
const issues = (body: any): { path: string; message: string }[] =>
  (body?.errors?.[0]?.data?.errors ?? []).map(({ path, message }: { path: string; message: string }) => ({ path, message }))
const pointsOf = valuationPointsOf

describe('a quoted holding is worth quantity × price', () => {
  let investor: Account
  beforeAll(async () => {
    investor = await createAccount('investor')
  })

  it('computes a crypto value server-side and keeps the price, its date and its source', async () => {
    // 0,5 × 79 843,21 = 39 921,605 → 39 921,61 €; the value sent is replaced
    const created = await post(investor, { kind: 'asset', category: 'crypto', label: 'Bitcoin', valueCents: 1, cryptoSymbol: 'BTC', cryptoQuantity: 0.5 })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(created.body.doc).toMatchObject({
      valueCents: 3_992_161,
      unitPrice: '79843.21',
      priceAsOf: OFFLINE_QUOTES_AS_OF,
      priceSource: 'offline',
    })
    const points = await pointsOf(created.body.doc.id)
    expect(points.map((point) => point.valueCents)).toEqual([3_992_161])
  })

  it('needs no value when the price is known, and recomputes when the quantity changes', async () => {
    const created = await post(investor, { kind: 'asset', category: 'crypto', label: 'Bitcoin', cryptoSymbol: 'BTC', cryptoQuantity: 0.038 })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    // 0,038 × 79 843,21 = 3 034,04198 € → 3 034,04 € (floating point would give 3 034,0419799…)
    expect(created.body.doc.valueCents).toBe(303_404)
    const patch = await rest('PATCH', `/assets/${created.body.doc.id}`, { token: investor.token, body: { cryptoQuantity: 0.1 } })
    expect(patch.status).toBe(200)
    expect(patch.body.doc.valueCents).toBe(798_432) // 7 984,321 €
    expect((await pointsOf(created.body.doc.id)).map((point) => point.valueCents)).toEqual([303_404, 798_432])
  })

  it('values a listed security by ISIN or ticker, in capitals, on a PEA', async () => {
    // 120 × 33,1245 = 3 974,94 €
    const byIsin = await post(investor, {
      kind: 'asset', category: 'pea', label: 'PEA Monde', listedSymbol: ' fr0011869353 ', listedQuantity: 120, contributionsCents: 300_000,
    })
    expect(byIsin.status, JSON.stringify(byIsin.body)).toBe(201)
    expect(byIsin.body.doc).toMatchObject({ listedSymbol: 'FR0011869353', valueCents: 397_494, unitPrice: '33.1245', priceSource: 'offline' })
    const byTicker = await post(investor, { kind: 'asset', category: 'securities-account', label: 'CTO', listedSymbol: 'CW8', listedQuantity: 3 })
    expect(byTicker.body.doc.valueCents).toBe(163_247) // 1 632,4704 €
  })

  it('keeps a hand-typed value for a PEA without a security, and refuses half a security', async () => {
    // Investors of their own: `investor` already has a PEA, and there is one PEA per person.
    const [saver, another] = await Promise.all([createAccount('investor'), createAccount('investor')])
    const plain = await post(saver, { kind: 'asset', category: 'pea', label: 'PEA', valueCents: 1_000_000 })
    expect(plain.status).toBe(201)
    expect(plain.body.doc.valueCents).toBe(1_000_000)
    expect(plain.body.doc.priceSource ?? null).toBeNull()
    const half = await post(another, { kind: 'asset', category: 'pea', label: 'PEA', valueCents: 1_000_000, listedSymbol: 'CW8' })
    expect(half.status).toBe(400)
    expect(issues(half.body)).toEqual([{ path: 'listedQuantity', message: expect.stringMatching(/titre et le nombre de parts/) }])
    const bad = await post(another, { kind: 'asset', category: 'pea', label: 'PEA', valueCents: 1, listedSymbol: 'FR000012', listedQuantity: 2 })
    expect(issues(bad.body)).toEqual([{ path: 'listedSymbol', message: expect.stringMatching(/ISIN/) }])
  })

  it('refuses an unknown symbol without a value, at the value field, in French and in English', async () => {
    const refused = await post(investor, { kind: 'asset', category: 'crypto', label: 'Jeton', cryptoSymbol: 'XYZ', cryptoQuantity: 10 })
    expect(refused.status).toBe(400)
    expect(issues(refused.body)).toEqual([{ path: 'valueCents', message: 'Cours inconnu pour XYZ : saisissez la valeur.' }])
    const english = await createAccount('investor', { locale: 'en' })
    const refusedEn = await post(english, { kind: 'asset', category: 'crypto', label: 'Token', cryptoSymbol: 'XYZ', cryptoQuantity: 10 })
    expect(issues(refusedEn.body)).toEqual([{ path: 'valueCents', message: 'No price known for XYZ: enter the value.' }])
  })

  it('keeps the value typed for an unknown symbol, with no price', async () => {
    const manual = await post(investor, { kind: 'asset', category: 'crypto', label: 'Jeton', valueCents: 12_000, cryptoSymbol: 'XYZ', cryptoQuantity: 10 })
    expect(manual.status).toBe(201)
    expect(manual.body.doc.valueCents).toBe(12_000)
    expect([manual.body.doc.unitPrice, manual.body.doc.priceAsOf, manual.body.doc.priceSource].map((v) => v ?? null)).toEqual([null, null, null])
  })

  it('drops the security and its price when the line leaves a quoted category', async () => {
    const { body } = await post(investor, { kind: 'asset', category: 'securities-account', label: 'CTO', listedSymbol: 'AI', listedQuantity: 10 })
    const patch = await rest('PATCH', `/assets/${body.doc.id}`, { token: investor.token, body: { category: 'other', valueCents: 5_000 } })
    expect(patch.status).toBe(200)
    expect(patch.body.doc.valueCents).toBe(5_000)
    expect([patch.body.doc.listedSymbol, patch.body.doc.listedQuantity, patch.body.doc.priceSource].map((v) => v ?? null)).toEqual([null, null, null])
  })

  it('is refreshed by the daily job only when the price is of a new day (the offline table never is)', async () => {
    const owner = await createAccount('investor')
    const { body } = await post(owner, { kind: 'asset', category: 'crypto', label: 'Ether', cryptoSymbol: 'ETH', cryptoQuantity: 2 })
    const payload = await testPayload()
    const run = () => refreshPricesHandler({ input: { owner: owner.id }, req: { payload } } as never)
    expect(await run()).toEqual({ output: { refreshed: 0, unchanged: 1, unknown: 0, failed: 0 } })
    expect(await run()).toEqual({ output: { refreshed: 0, unchanged: 1, unknown: 0, failed: 0 } })
    expect(await pointsOf(body.doc.id)).toHaveLength(1)
  })
})

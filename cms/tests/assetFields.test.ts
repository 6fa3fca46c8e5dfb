import { beforeAll, describe, expect, it } from 'vitest'
import { createAccount, type Account } from '../../tests/support/accounts'
import { testPayload } from '../../tests/support/payload'
import { rest } from '../../tests/support/rest'

/** Ceilings, crypto details and ownership share of assets, through REST as an investor. */

const post = (account: Account, body: Record<string, unknown>) => rest('POST', '/assets', { token: account.token, body })
const issues = (body: any): { path: string; message: string }[] =>
  (body?.errors?.[0]?.data?.errors ?? []).map(({ path, message }: { path: string; message: string }) => ({ path, message }))
const countOf = async (owner: number) =>
  (await (await testPayload()).count({ collection: 'assets', where: { owner: { equals: owner } }, overrideAccess: true })).totalDocs

describe('legal ceilings', () => {
  let investor: Account
  beforeAll(async () => {
    investor = await createAccount('investor')
  })

  it('allows a Livret A at exactly 22 950 € and refuses one cent more on valueCents, in French', async () => {
    const ok = await post(investor, { kind: 'asset', category: 'livret-a', label: 'Livret A', valueCents: 2_295_000 })
    expect(ok.status).toBe(201)
    const before = await countOf(investor.id)
    const over = await post(investor, { kind: 'asset', category: 'livret-a', label: 'Livret A 2', valueCents: 2_295_001 })
    expect(over.status).toBe(400)
    expect(issues(over.body)).toEqual([
      { path: 'valueCents', message: expect.stringMatching(/plafond légal du Livret A est de 22\s950,00\s€/) },
    ])
    expect(await countOf(investor.id)).toBe(before)
  })

  it.each([
    ['ldds', 1_200_001, /LDDS est de 12\s000,00\s€/],
    ['lep', 1_000_001, /LEP est de 10\s000,00\s€/],
    ['pel', 6_120_001, /61\s200,00\s€/],
  ])('refuses a %s over its ceiling', async (category, valueCents, message) => {
    const { status, body } = await post(investor, { kind: 'asset', category, label: category, valueCents })
    expect(status).toBe(400)
    expect(issues(body)[0]).toEqual({ path: 'valueCents', message: expect.stringMatching(message) })
  })

  it('refuses an update that goes over, and keeps the stored value', async () => {
    const { body } = await post(investor, { kind: 'asset', category: 'ldds', label: 'LDDS', valueCents: 1_000_000 })
    const id = body.doc.id
    const patch = await rest('PATCH', `/assets/${id}`, { token: investor.token, body: { valueCents: 1_300_000 } })
    expect(patch.status).toBe(400)
    expect(issues(patch.body)[0]?.path).toBe('valueCents')
    const stored = await (await testPayload()).findByID({ collection: 'assets', id, overrideAccess: true })
    expect(stored.valueCents).toBe(1_000_000)
  })

  it('checks PEA contributions (150 000 €), not its market value', async () => {
    // market value 200 000 € on 150 000 € paid in: fine
    const ok = await post(investor, {
      kind: 'asset', category: 'pea', label: 'PEA', valueCents: 20_000_000, contributionsCents: 15_000_000,
    })
    expect(ok.status).toBe(201)
    const other = await createAccount('investor')
    const over = await post(other, {
      kind: 'asset', category: 'pea', label: 'PEA', valueCents: 100_000, contributionsCents: 15_000_001,
    })
    expect(over.status).toBe(400)
    expect(issues(over.body)[0]).toEqual({
      path: 'contributionsCents',
      message: expect.stringMatching(/versements sur un PEA sont plafonnés à 150\s000,00\s€/),
    })
  })

  it('caps PEA + PEA-PME together at 225 000 €', async () => {
    // this investor already has 150 000 € on the PEA: 75 000 € more on a PEA-PME is the limit
    const over = await post(investor, {
      kind: 'asset', category: 'pea-pme', label: 'PEA-PME', valueCents: 8_000_000, contributionsCents: 7_500_001,
    })
    expect(over.status).toBe(400)
    expect(issues(over.body)[0]).toEqual({
      path: 'contributionsCents',
      message: expect.stringMatching(/réunis.*225\s000,00\s€.*150\s000,00\s€/),
    })
    const ok = await post(investor, {
      kind: 'asset', category: 'pea-pme', label: 'PEA-PME', valueCents: 8_000_000, contributionsCents: 7_500_000,
    })
    expect(ok.status).toBe(201)
  })
})

describe('crypto and ownership fields', () => {
  let investor: Account
  beforeAll(async () => {
    investor = await createAccount('investor')
  })
  const crypto = (extra: Record<string, unknown>) =>
    post(investor, { kind: 'asset', category: 'crypto', label: 'Bitcoin', valueCents: 500_000, ...extra })

  it('requires a symbol in capitals and a positive quantity for crypto', async () => {
    const missing = await crypto({})
    expect(missing.status).toBe(400)
    expect(issues(missing.body).map((issue) => issue.path).sort()).toEqual(['cryptoQuantity', 'cryptoSymbol'])
    const lower = await crypto({ cryptoSymbol: 'btc', cryptoQuantity: 0.5 })
    expect(issues(lower.body)).toEqual([{ path: 'cryptoSymbol', message: expect.stringMatching(/majuscules/) }])
    const zero = await crypto({ cryptoSymbol: 'BTC', cryptoQuantity: 0 })
    expect(issues(zero.body)).toEqual([{ path: 'cryptoQuantity', message: expect.stringMatching(/supérieure à zéro/) }])
    const ok = await crypto({ cryptoSymbol: 'BTC', cryptoQuantity: 0.125 })
    expect(ok.status).toBe(201)
    expect(ok.body.doc).toMatchObject({ cryptoSymbol: 'BTC', cryptoQuantity: 0.125 })
  })

  it('drops the crypto details when the asset leaves the crypto category', async () => {
    const { body } = await crypto({ cryptoSymbol: 'ETH', cryptoQuantity: 2 })
    const patch = await rest('PATCH', `/assets/${body.doc.id}`, {
      token: investor.token,
      body: { category: 'securities-account' },
    })
    expect(patch.status).toBe(200)
    expect(patch.body.doc.cryptoSymbol ?? null).toBeNull()
    expect(patch.body.doc.cryptoQuantity ?? null).toBeNull()
  })

  it('takes ownership and a share with two decimals at most', async () => {
    const base = { kind: 'asset', category: 'rental-property', label: 'Studio', valueCents: 10_000_000 }
    const ok = await post(investor, { ...base, ownership: 'bare', ownershipSharePct: 33.33, openedAt: '2018-05-02T00:00:00.000Z' })
    expect(ok.status).toBe(201)
    expect(ok.body.doc).toMatchObject({ ownership: 'bare', ownershipSharePct: 33.33 })
    const defaults = await post(investor, base)
    expect(defaults.body.doc).toMatchObject({ ownership: 'full', ownershipSharePct: 100 })
    const bad = await post(investor, { ...base, ownershipSharePct: 50.005 })
    expect(issues(bad.body)).toEqual([{ path: 'ownershipSharePct', message: expect.stringMatching(/entre 0 et 100/) }])
    const badKind = await post(investor, { ...base, ownership: 'rented' })
    expect(badKind.status).toBe(400)
    expect(issues(badKind.body)[0]?.path).toBe('ownership')
    const future = await post(investor, { ...base, openedAt: '2999-01-01T00:00:00.000Z' })
    expect(issues(future.body)).toEqual([{ path: 'openedAt', message: expect.stringMatching(/futur/) }])
    // Text Date would read anyway, but that is no day a person means (and PostgreSQL refuses some).
    for (const openedAt of ['0', '2024-02-30', '0000-01-01']) {
      const before = await countOf(investor.id)
      const odd = await post(investor, { ...base, openedAt })
      expect(odd.status, openedAt).toBe(400)
      expect(issues(odd.body), openedAt).toEqual([{ path: 'openedAt', message: 'Indiquez une date valide (par exemple 15/03/2019).' }])
      expect(await countOf(investor.id)).toBe(before)
    }
  })
})

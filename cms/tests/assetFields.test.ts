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

  it('refuses a Livret A one cent over 22 950 € on valueCents when no deposits are given, in French, and allows exactly 22 950 €', async () => {
    // Refused first: one Livret A per person, so the accepted one must come second.
    const before = await countOf(investor.id)
    const over = await post(investor, { kind: 'asset', category: 'livret-a', label: 'Livret A', valueCents: 2_295_001 })
    expect(over.status).toBe(400)
    expect(issues(over.body)).toEqual([
      { path: 'valueCents', message: expect.stringMatching(/plafond légal du Livret A est de 22\s950,00\s€ de versements \(hors intérêts\).*total de vos versements/) },
    ])
    expect(await countOf(investor.id)).toBe(before)
    const ok = await post(investor, { kind: 'asset', category: 'livret-a', label: 'Livret A', valueCents: 2_295_000 })
    expect(ok.status).toBe(201)
  })

  it('accepts a Livret A whose balance passed 22 950 € through interest when the deposits are within it', async () => {
    // Balance 23 100 € = 22 950 € deposited + 150 € of capitalised interest: the ceiling caps deposits, not the balance.
    const saver = await createAccount('investor')
    const ok = await post(saver, { kind: 'asset', category: 'livret-a', label: 'Livret A', valueCents: 2_310_000, contributionsCents: 2_295_000 })
    expect(ok.status).toBe(201)
    expect(ok.body.doc).toMatchObject({ valueCents: 2_310_000, contributionsCents: 2_295_000 })
    // Raising the deposits one cent over the ceiling is refused on contributionsCents, and nothing changes.
    const patch = await rest('PATCH', `/assets/${ok.body.doc.id}`, { token: saver.token, body: { contributionsCents: 2_295_001 } })
    expect(patch.status).toBe(400)
    expect(issues(patch.body)).toEqual([
      { path: 'contributionsCents', message: expect.stringMatching(/versements sur un Livret A sont plafonnés à 22\s950,00\s€/) },
    ])
    const stored = await (await testPayload()).findByID({ collection: 'assets', id: ok.body.doc.id, overrideAccess: true })
    expect(stored.contributionsCents).toBe(2_295_000)
  })

  it('says the balance rule in English to an English reader', async () => {
    const english = await createAccount('investor', { locale: 'en' })
    const over = await post(english, { kind: 'asset', category: 'ldds', label: 'LDDS', valueCents: 1_200_001 })
    expect(over.status).toBe(400)
    expect(issues(over.body)).toEqual([
      { path: 'valueCents', message: expect.stringMatching(/legal ceiling of the LDDS savings account is €12,000\.00 of deposits \(excluding interest\)/) },
    ])
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

describe('one Livret A, LDDS, LEP, PEA and PEA-PME per person', () => {
  it('refuses a second PEA on category, in French, whatever its amounts, and keeps the first', async () => {
    // Two 150 000 € PEAs used to be accepted; the law allows one PEA per person (art. L221-30 CMF).
    const investor = await createAccount('investor')
    const pea = { kind: 'asset', category: 'pea', valueCents: 15_000_000, contributionsCents: 15_000_000 }
    expect((await post(investor, { ...pea, label: 'PEA Boursorama' })).status).toBe(201)
    const before = await countOf(investor.id)
    const second = await post(investor, { ...pea, label: 'PEA Fortuneo' })
    expect(second.status).toBe(400)
    expect(issues(second.body)).toEqual([
      { path: 'category', message: 'Vous avez déjà un PEA : la loi n’en autorise qu’un par personne. Modifiez celui qui existe plutôt que d’en ajouter un second.' },
    ])
    expect(await countOf(investor.id)).toBe(before)
    // A PEA-PME is another plan: allowed beside the PEA (the combined 225 000 € ceiling leaves 75 000 €).
    expect((await post(investor, { kind: 'asset', category: 'pea-pme', label: 'PEA-PME', valueCents: 100, contributionsCents: 100 })).status).toBe(201)
    // Another person has their own PEA.
    expect((await post(await createAccount('investor'), { ...pea, label: 'PEA' })).status).toBe(201)
  })

  it.each([
    ['livret-a', 'Livret A'],
    ['ldds', 'LDDS'],
    ['lep', 'LEP'],
    ['pea-pme', 'PEA-PME'],
  ])('refuses a second %s', async (category, product) => {
    const investor = await createAccount('investor')
    expect((await post(investor, { kind: 'asset', category, label: product, valueCents: 1_000 })).status).toBe(201)
    const second = await post(investor, { kind: 'asset', category, label: `${product} 2`, valueCents: 1_000 })
    expect(second.status).toBe(400)
    expect(issues(second.body)).toEqual([{ path: 'category', message: expect.stringContaining(`Vous avez déjà un ${product} :`) }])
  })

  it('refuses turning another account into a second one, says so in English, and lets the first be edited', async () => {
    const investor = await createAccount('investor', { locale: 'en' })
    const livret = await post(investor, { kind: 'asset', category: 'livret-a', label: 'Livret A', valueCents: 100_000 })
    const current = await post(investor, { kind: 'asset', category: 'current-account', label: 'Compte', valueCents: 50_000 })
    const patch = await rest('PATCH', `/assets/${current.body.doc.id}`, { token: investor.token, body: { category: 'livret-a' } })
    expect(patch.status).toBe(400)
    expect(issues(patch.body)).toEqual([
      { path: 'category', message: 'You already have a Livret A savings account: the law allows only one per person. Update the existing one instead of adding a second.' },
    ])
    const stored = await (await testPayload()).findByID({ collection: 'assets', id: current.body.doc.id, overrideAccess: true })
    expect(stored.category).toBe('current-account')
    const edit = await rest('PATCH', `/assets/${livret.body.doc.id}`, { token: investor.token, body: { valueCents: 120_000 } })
    expect(edit.status).toBe(200)
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

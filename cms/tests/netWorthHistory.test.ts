import { beforeAll, describe, expect, it } from 'vitest'
import { addMonths, monthKeyParis } from '@atlas/shared/finance/dates'
import { createAccount, type Account } from '../../tests/support/accounts'
import { testPayload } from '../../tests/support/payload'
import { rest } from '../../tests/support/rest'

/**
 * Valuation history (written by the assets hooks) and
 * GET /api/assets/net-worth-history, against figures computed by hand.
 */

const valuationsOf = async (where: Record<string, unknown>) =>
  (
    await (await testPayload()).find({
      collection: 'asset-valuations',
      where: where as never,
      overrideAccess: true,
      sort: 'valuedAt',
      pagination: false,
    })
  ).docs

describe('valuation history', () => {
  let investor: Account
  beforeAll(async () => {
    investor = await createAccount('investor')
  })

  it('keeps a dated point on create and on each change of value, none for a new label', async () => {
    const created = await rest('POST', '/assets', {
      token: investor.token,
      body: { kind: 'asset', category: 'current-account', label: 'Compte', valueCents: 250_000 },
    })
    const id = created.body.doc.id
    await rest('PATCH', `/assets/${id}`, { token: investor.token, body: { label: 'Compte joint' } })
    await rest('PATCH', `/assets/${id}`, { token: investor.token, body: { valueCents: 310_000 } })
    const points = await valuationsOf({ asset: { equals: id } })
    expect(points.map((point) => point.valueCents)).toEqual([250_000, 310_000])
    expect(points.every((point) => point.kind === 'asset' && point.ownershipSharePct === 100)).toBe(true)
    expect(points.every((point) => (typeof point.owner === 'object' ? point.owner.id : point.owner) === investor.id)).toBe(true)
  })

  it('removes the history with the asset', async () => {
    const created = await rest('POST', '/assets', {
      token: investor.token,
      body: { kind: 'liability', category: 'consumer-loan', label: 'Crédit auto', valueCents: 900_000 },
    })
    const id = created.body.doc.id
    await rest('PATCH', `/assets/${id}`, { token: investor.token, body: { valueCents: 870_000 } })
    expect(await valuationsOf({ asset: { equals: id } })).toHaveLength(2)
    expect((await rest('DELETE', `/assets/${id}`, { token: investor.token })).status).toBe(200)
    expect(await valuationsOf({ asset: { equals: id } })).toHaveLength(0)
  })

  it('erases the valuations of a deleted investor', async () => {
    const leaving = await createAccount('investor')
    await rest('POST', '/assets', {
      token: leaving.token,
      body: { kind: 'asset', category: 'livret-a', label: 'Livret A', valueCents: 100_000 },
    })
    expect(await valuationsOf({ owner: { equals: leaving.id } })).toHaveLength(1)
    await (await testPayload()).delete({ collection: 'users', id: leaving.id, overrideAccess: true })
    expect(await valuationsOf({ owner: { equals: leaving.id } })).toHaveLength(0)
  })
})

describe('GET /api/assets/net-worth-history', () => {
  let investor: Account
  let advisor: Account
  const thisMonth = monthKeyParis(new Date())
  const [m2, m1] = [addMonths(thisMonth, -2), addMonths(thisMonth, -1)]
  const mid = (month: string) => `${month}-15T10:00:00.000Z`

  beforeAll(async () => {
    const payload = await testPayload()
    advisor = await createAccount('advisor')
    investor = await createAccount('investor', { advisor: advisor.id })
    const owner = investor.id
    const create = (data: Record<string, unknown>, valuedAt?: string) =>
      payload.create({ collection: 'assets', overrideAccess: true, data: { owner, ...data } as never, context: { valuedAt } })
    const update = (id: number, valueCents: number, valuedAt?: string) =>
      payload.update({ collection: 'assets', id, overrideAccess: true, data: { valueCents }, context: { valuedAt } })

    const livret = await create({ kind: 'asset', category: 'livret-a', label: 'Livret A', valueCents: 1_000_000 }, mid(m2))
    await update(livret.id, 1_200_000, mid(m1))
    // 23:30 UTC on the last day of last month is 00:30 or 01:30 on the 1st in Paris: it counts this month.
    const [year, month] = thisMonth.split('-').map(Number) as [number, number]
    await update(livret.id, 1_250_000, new Date(Date.UTC(year, month - 1, 0, 23, 30)).toISOString())
    await create({ kind: 'asset', category: 'main-home', label: 'Maison', valueCents: 30_000_000, ownershipSharePct: 50 }, mid(m1))
    const loan = await create(
      { kind: 'liability', category: 'mortgage', label: 'Prêt', valueCents: 20_000_000, ownershipSharePct: 50 },
      mid(m2),
    )
    await update(loan.id, 19_800_000) // now
    await create({ kind: 'asset', category: 'pea', label: 'PEA', valueCents: 100_001, ownershipSharePct: 33.33 })
  })

  it('answers the month figures computed by hand', async () => {
    const { status, body } = await rest('GET', '/assets/net-worth-history?months=4', { token: investor.token })
    expect(status).toBe(200)
    /* By hand (cents):
     * 3 months ago: nothing recorded yet → no data (null), not 0.
     * m−2: Livret A 1 000 000 ; mortgage 20 000 000 × 50 % = 10 000 000 → net −9 000 000.
     * m−1: Livret A 1 200 000 + house 30 000 000 × 50 % = 15 000 000 → 16 200 000 ; debt 10 000 000 → net 6 200 000.
     *      (the Livret A point at 23:30 UTC on the last day is already this month in Paris)
     * now: Livret A 1 250 000 + house 15 000 000 + PEA 100 001 × 33,33 % = 33 330,3333 → 16 283 330,33 → 16 283 330 ;
     *      debt 19 800 000 × 50 % = 9 900 000 → net 6 383 330. */
    expect(body.points).toEqual([
      { month: addMonths(thisMonth, -3), grossAssetsCents: null, liabilitiesCents: null, netWorthCents: null },
      { month: m2, grossAssetsCents: 1_000_000, liabilitiesCents: 10_000_000, netWorthCents: -9_000_000 },
      { month: m1, grossAssetsCents: 16_200_000, liabilitiesCents: 10_000_000, netWorthCents: 6_200_000 },
      { month: thisMonth, grossAssetsCents: 16_283_330, liabilitiesCents: 9_900_000, netWorthCents: 6_383_330 },
    ])
  })

  it('a new investor’s months before the first value are no data, and a value of 0 € is data', async () => {
    const fresh = await createAccount('investor')
    const payload = await testPayload()
    const account = await payload.create({
      collection: 'assets', overrideAccess: true,
      data: { owner: fresh.id, kind: 'asset', category: 'current-account', label: 'Compte', valueCents: 0 } as never,
      context: { valuedAt: mid(m1) },
    })
    await payload.update({ collection: 'assets', id: account.id, overrideAccess: true, data: { valueCents: 480_000 } })
    const { body } = await rest('GET', '/assets/net-worth-history?months=3', { token: fresh.token })
    expect(body.points).toEqual([
      { month: m2, grossAssetsCents: null, liabilitiesCents: null, netWorthCents: null },
      { month: m1, grossAssetsCents: 0, liabilitiesCents: 0, netWorthCents: 0 },
      { month: thisMonth, grossAssetsCents: 480_000, liabilitiesCents: 0, netWorthCents: 480_000 },
    ])
  })

  it('gives 12 months by default and refuses a bad months parameter', async () => {
    const { body } = await rest('GET', '/assets/net-worth-history', { token: investor.token })
    expect(body.points).toHaveLength(12)
    expect(body.points.at(-1).month).toBe(thisMonth)
    for (const months of ['0', '121', 'abc', '2.5']) {
      const refused = await rest('GET', `/assets/net-worth-history?months=${months}`, { token: investor.token })
      expect(refused.status, months).toBe(400)
    }
  })

  it('is for the signed-in investor only', async () => {
    expect((await rest('GET', '/assets/net-worth-history')).status).toBe(401)
    const other = await createAccount('investor')
    const own = await rest('GET', '/assets/net-worth-history?months=1', { token: other.token })
    expect(own.body.points).toEqual([{ month: thisMonth, grossAssetsCents: null, liabilitiesCents: null, netWorthCents: null }])
    const snooping = await rest('GET', `/assets/net-worth-history?owner=${investor.id}`, { token: other.token })
    expect(snooping.status).toBe(403)
    expect(JSON.stringify(snooping.body)).not.toContain('6383330')
  })

  it('lets the investor’s advisor and an admin read it, not another advisor or an editor', async () => {
    const path = `/assets/net-worth-history?months=1&owner=${investor.id}`
    const mine = await rest('GET', path, { token: advisor.token })
    expect(mine.status).toBe(200)
    expect(mine.body.points[0].netWorthCents).toBe(6_383_330)
    expect((await rest('GET', path, { token: (await createAccount('admin')).token })).status).toBe(200)
    expect((await rest('GET', path, { token: (await createAccount('advisor')).token })).status).toBe(403)
    expect((await rest('GET', path, { token: (await createAccount('editor')).token })).status).toBe(403)
    expect((await rest('GET', '/assets/net-worth-history?owner=abc', { token: advisor.token })).status).toBe(400)
  })
})

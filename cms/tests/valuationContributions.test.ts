import { beforeAll, describe, expect, it } from 'vitest'
import { addMonths, monthKeyParis } from '@atlas/shared/finance/dates'
import { createAccount, type Account } from '../../tests/support/accounts'
import { testPayload } from '../../tests/support/payload'
import { valuationPointsOf } from '../../tests/support/valuations'
import { rest } from '../../tests/support/rest'

/**
 * Versements on each valuation point (recordValuation) and the period gain
 * the dashboard endpoint computes from them (decision 030), against figures
 * computed by hand.
 */

const pointsOf = async (asset: number) =>
  (await valuationPointsOf(asset)).map((point) => ({ valueCents: point.valueCents, contributionsCents: point.contributionsCents ?? null }))

describe('valuation points keep the versements', () => {
  let investor: Account
  beforeAll(async () => {
    investor = await createAccount('investor')
  })

  it('writes the versements on create, and a new point when only the versements change', async () => {
    const created = await rest('POST', '/assets', {
      token: investor.token,
      body: { kind: 'asset', category: 'pea', label: 'PEA', valueCents: 1_000_000, contributionsCents: 900_000 },
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    await rest('PATCH', `/assets/${id}`, { token: investor.token, body: { contributionsCents: 950_000 } })
    await rest('PATCH', `/assets/${id}`, { token: investor.token, body: { label: 'PEA Boursorama' } })
    await rest('PATCH', `/assets/${id}`, { token: investor.token, body: { valueCents: 1_100_000 } })
    expect(await pointsOf(id)).toEqual([
      { valueCents: 1_000_000, contributionsCents: 900_000 },
      { valueCents: 1_000_000, contributionsCents: 950_000 },
      { valueCents: 1_100_000, contributionsCents: 950_000 },
    ])
  })

  it('stores unknown versements as empty, and a point when they are cleared', async () => {
    const created = await rest('POST', '/assets', {
      token: investor.token,
      body: { kind: 'asset', category: 'securities-account', label: 'CTO', valueCents: 500_000, contributionsCents: 400_000 },
    })
    const id = created.body.doc.id
    await rest('PATCH', `/assets/${id}`, { token: investor.token, body: { contributionsCents: null } })
    expect(await pointsOf(id)).toEqual([
      { valueCents: 500_000, contributionsCents: 400_000 },
      { valueCents: 500_000, contributionsCents: null },
    ])
  })
})

describe('GET /api/portal/dashboard — gain over the 12 months', () => {
  it('leaves new money out, starts a holding recorded inside the period from its first point, ignores loans', async () => {
    const payload = await testPayload()
    const investor = await createAccount('investor')
    const owner = investor.id
    const thisMonth = monthKeyParis(new Date())
    const mid = (month: string) => `${month}-15T10:00:00.000Z`
    const create = (data: Record<string, unknown>, valuedAt: string) =>
      payload.create({ collection: 'assets', overrideAccess: true, data: { owner, ...data } as never, context: { valuedAt } })
    const update = (id: number, data: Record<string, unknown>, valuedAt: string) =>
      payload.update({ collection: 'assets', id, overrideAccess: true, data, context: { valuedAt } })

    // PEA from before the period: 20 000,00 € / 18 000,00 € paid in 14 months ago (the start),
    // then 24 000,00 € / 21 000,00 € last month (3 000,00 € of new money).
    const pea = await create({ kind: 'asset', category: 'pea', label: 'PEA', valueCents: 2_000_000, contributionsCents: 1_800_000 }, mid(addMonths(thisMonth, -14)))
    await update(pea.id, { valueCents: 2_400_000, contributionsCents: 2_100_000 }, mid(addMonths(thisMonth, -1)))
    // Life insurance opened 3 months ago with 10 000,00 €, now 10 250,00 €, owned 50 %.
    const av = await create(
      { kind: 'asset', category: 'life-insurance-euro', label: 'AV', valueCents: 1_000_000, contributionsCents: 1_000_000, ownershipSharePct: 50 },
      mid(addMonths(thisMonth, -3)),
    )
    await update(av.id, { valueCents: 1_025_000 }, mid(addMonths(thisMonth, -1)))
    // No versements known: left out. A loan: ignored.
    await create({ kind: 'asset', category: 'livret-a', label: 'Livret A', valueCents: 500_000 }, mid(addMonths(thisMonth, -2)))
    await create({ kind: 'liability', category: 'consumer-loan', label: 'Crédit', valueCents: 800_000 }, mid(addMonths(thisMonth, -2)))

    const { status, body } = await rest('GET', '/portal/dashboard', { token: investor.token })
    expect(status).toBe(200)
    // PEA: (24 000 − 20 000) − (21 000 − 18 000) = +1 000,00 €
    // AV: ((10 250 − 10 000) − 0) × 50 % = +125,00 €
    // total +1 125,00 €
    expect(body.periodPerformance).toEqual({
      months: 12,
      startsOn: `${addMonths(thisMonth, -11)}-01`,
      gainCents: 112_500,
      counted: 2,
      leftOut: 1,
      holdings: [
        { asset: pea.id, gainCents: 100_000 },
        { asset: av.id, gainCents: 12_500 },
      ],
    })
  })
})

import { describe, expect, it } from 'vitest'
import { summarisePatrimony, type AssetDoc } from './patrimony'

const doc = (overrides: Partial<AssetDoc>): AssetDoc => ({
  id: 1,
  kind: 'asset',
  category: 'livret-a',
  label: 'Livret A',
  valueCents: 1_000_00,
  ...overrides,
})

describe('summarisePatrimony', () => {
  it('is empty and zero for a new investor', () => {
    expect(summarisePatrimony([])).toEqual({
      assets: [],
      liabilities: [],
      totals: { grossAssetsCents: 0, totalLiabilitiesCents: 0, netWorthCents: 0 },
      skipped: 0,
    })
  })

  it('splits assets from liabilities and computes net worth', () => {
    const result = summarisePatrimony([
      doc({ id: 1, category: 'main-home', label: 'Appartement Lyon', valueCents: 320_000_00 }),
      doc({ id: 2, category: 'livret-a', label: 'Livret A', valueCents: 22_950_00 }),
      doc({ id: 3, kind: 'liability', category: 'mortgage', label: 'Prêt immobilier', valueCents: 180_000_00 }),
    ])
    expect(result.assets.map((line) => line.id)).toEqual(['1', '2'])
    expect(result.liabilities.map((line) => line.label)).toEqual(['Prêt immobilier'])
    expect(result.totals).toEqual({
      grossAssetsCents: 342_950_00,
      totalLiabilitiesCents: 180_000_00,
      netWorthCents: 162_950_00,
    })
    expect(result.assets[0]?.category).toEqual({ fr: 'Résidence principale', en: 'Main home' })
  })

  it('counts the investor’s share of a jointly owned holding', () => {
    const result = summarisePatrimony([doc({ category: 'rental-property', valueCents: 300_000_00, ownershipSharePct: 50 })])
    expect(result.assets[0]).toMatchObject({ countedCents: 150_000_00, sharePct: 50 })
    expect(result.totals.netWorthCents).toBe(150_000_00)
  })

  it('skips documents it cannot count instead of failing the page', () => {
    const result = summarisePatrimony([
      doc({ id: 1 }),
      doc({ id: 2, category: 'unknown' }),
      doc({ id: 3, kind: 'liability', category: 'livret-a' }),
      doc({ id: 4, valueCents: 12.5 }),
      doc({ id: 5, valueCents: -1 }),
      doc({ id: 6, ownershipSharePct: 150 }),
    ])
    expect(result.assets.map((line) => line.id)).toEqual(['1'])
    expect(result.skipped).toBe(5)
    expect(result.totals.netWorthCents).toBe(1_000_00)
  })
})

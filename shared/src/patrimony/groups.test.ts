import { describe, expect, it } from 'vitest'
import { groupPatrimony, type AssetDoc } from './groups'

const doc = (id: number, category: string, valueCents: number, extra: Partial<AssetDoc> = {}): AssetDoc => ({
  id,
  kind: ['mortgage', 'consumer-loan', 'other-debt'].includes(category) ? 'liability' : 'asset',
  category,
  label: `Ligne ${id}`,
  valueCents,
  ...extra,
})

describe('groupPatrimony', () => {
  it('groups by category in the shared order, with totals', () => {
    const grouped = groupPatrimony([
      doc(1, 'pea', 3_120_000),
      doc(2, 'livret-a', 1_000_000),
      doc(3, 'livret-a', 500_000),
      doc(4, 'main-home', 30_000_000, { ownershipSharePct: 50 }),
      doc(5, 'mortgage', 10_000_000),
      doc(6, 'licorne', 1),
    ])
    expect(grouped.assets.map((group) => [group.category, group.totalCents])).toEqual([
      ['livret-a', 1_500_000],
      ['pea', 3_120_000],
      ['main-home', 15_000_000],
    ])
    expect(grouped.liabilities.map((group) => group.label.fr)).toEqual(['Crédit immobilier'])
    // 1 500 000 + 3 120 000 + 15 000 000 = 19 620 000 ; − 10 000 000 = 9 620 000
    expect(grouped.totals).toEqual({ grossAssetsCents: 19_620_000, totalLiabilitiesCents: 10_000_000, netWorthCents: 9_620_000 })
  })

  it('carries a quoted holding’s symbol, quantity and price date to its line, and nothing for a typed value', () => {
    const grouped = groupPatrimony([
      doc(1, 'crypto', 3_992_161, { cryptoSymbol: 'BTC', cryptoQuantity: 0.5, priceAsOf: '2026-11-30T17:30:00.000Z' }),
      doc(2, 'pea', 2_720_784, { listedSymbol: 'CW8', listedQuantity: 50, priceAsOf: '2026-11-30T17:30:00.000Z' }),
      doc(3, 'pea', 100_000),
    ])
    const lines = grouped.assets.flatMap((group) => group.lines)
    expect(lines.map((line) => line.quote)).toEqual([
      { symbol: 'CW8', quantity: 50, priceAsOf: '2026-11-30T17:30:00.000Z' },
      null,
      { symbol: 'BTC', quantity: 0.5, priceAsOf: '2026-11-30T17:30:00.000Z' },
    ])
  })
})

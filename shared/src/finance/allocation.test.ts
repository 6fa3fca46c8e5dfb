import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ASSET_CATEGORIES, LIABILITY_CATEGORIES } from '../patrimony/categories'
import { allocationByCategory, allocationByLiquidity, allocationByRisk } from './allocation'
import type { Holding } from './netWorth'
import { netWorth } from './netWorth'

/*
 * Worked example (percentDecimals = 1 → 1 000 units of 0,1 %)
 *   Livret A                 22 950,00 €
 *   PEA                      12 345,67 €
 *   Assurance-vie fonds €    64 704,33 €  (129 408,66 € contract held 50 %)
 *   Mortgage                200 000,00 €  (liability: left out)
 *   total assets = 22 950,00 + 12 345,67 + 64 704,33 = 100 000,00 €
 * Quotas of 1 000 units:
 *   life-insurance-euro 64 704,33 / 100 000 × 1 000 = 647,0433 → 647
 *   livret-a            22 950,00 / 100 000 × 1 000 = 229,5    → 229
 *   pea                 12 345,67 / 100 000 × 1 000 = 123,4567 → 123
 *   floors 647 + 229 + 123 = 999 → 1 unit left, largest remainder 0,5 → livret-a 230
 *   shares 0,647 + 0,230 + 0,123 = 1
 */
const portfolio: Holding[] = [
  { kind: 'asset', category: 'livret-a', valueCents: 2_295_000 },
  { kind: 'asset', category: 'pea', valueCents: 1_234_567 },
  { kind: 'asset', category: 'life-insurance-euro', valueCents: 12_940_866, ownershipSharePct: 50 },
  { kind: 'liability', category: 'mortgage', valueCents: 20_000_000 },
]

describe('allocationByCategory', () => {
  it('values each category, sorted by value, shares by largest remainder', () => {
    expect(allocationByCategory(portfolio)).toEqual([
      { key: 'life-insurance-euro', valueCents: 6_470_433, share: 0.647 },
      { key: 'livret-a', valueCents: 2_295_000, share: 0.23 },
      { key: 'pea', valueCents: 1_234_567, share: 0.123 },
    ])
  })

  it('makes three equal thirds print as 33,4 + 33,3 + 33,3 = 100', () => {
    // 1 000 / 3 = 333,33… each → 333 × 3 = 999, 1 unit left; equal remainders
    // and equal values → key order: 'crypto' < 'ldds' < 'pea' → crypto 334
    const thirds: Holding[] = (['pea', 'crypto', 'ldds'] as const).map((category) => ({
      kind: 'asset',
      category,
      valueCents: 100_000,
    }))
    expect(allocationByCategory(thirds).map(({ key, share }) => [key, share])).toEqual([
      ['crypto', 0.334],
      ['ldds', 0.333],
      ['pea', 0.333],
    ])
    // whole percents: 100 / 3 → 34 + 33 + 33
    expect(allocationByCategory(thirds, { percentDecimals: 0 }).map((s) => s.share)).toEqual([
      0.34, 0.33, 0.33,
    ])
  })

  it('merges holdings of the same category and drops empty groups', () => {
    // two PEAs 1 000,00 € + 500,50 € = 1 500,50 € ; an SCPI held 0 % → not shown
    expect(
      allocationByCategory([
        { kind: 'asset', category: 'pea', valueCents: 100_000 },
        { kind: 'asset', category: 'pea', valueCents: 50_050 },
        { kind: 'asset', category: 'scpi', valueCents: 900_000, ownershipSharePct: 0 },
      ]),
    ).toEqual([{ key: 'pea', valueCents: 150_050, share: 1 }])
  })

  it('is empty without assets', () => {
    expect(allocationByCategory([])).toEqual([])
    expect(
      allocationByCategory([{ kind: 'liability', category: 'mortgage', valueCents: 100 }]),
    ).toEqual([])
    expect(allocationByCategory([{ kind: 'asset', category: 'pea', valueCents: 0 }])).toEqual([])
  })

  it('refuses an impossible precision', () => {
    expect(() => allocationByCategory(portfolio, { percentDecimals: 5 })).toThrow(RangeError)
  })
})

describe('allocationByLiquidity and allocationByRisk', () => {
  it('groups by the category’s classes', () => {
    // livret-a: immediate / none ; pea: short / high ; life-insurance-euro: medium / low
    expect(allocationByLiquidity(portfolio)).toEqual([
      { key: 'medium', valueCents: 6_470_433, share: 0.647 },
      { key: 'immediate', valueCents: 2_295_000, share: 0.23 },
      { key: 'short', valueCents: 1_234_567, share: 0.123 },
    ])
    expect(allocationByRisk(portfolio).map((slice) => slice.key)).toEqual(['low', 'none', 'high'])
  })

  it('adds the current account and the Livret A into one "immediate" slice', () => {
    // 1 500,00 € + 2 500,00 € = 4 000,00 € immediate ; 6 000,00 € illiquid (PER) → 40 % / 60 %
    expect(
      allocationByLiquidity([
        { kind: 'asset', category: 'current-account', valueCents: 150_000 },
        { kind: 'asset', category: 'livret-a', valueCents: 250_000 },
        { kind: 'asset', category: 'per', valueCents: 600_000 },
      ]),
    ).toEqual([
      { key: 'illiquid', valueCents: 600_000, share: 0.6 },
      { key: 'immediate', valueCents: 400_000, share: 0.4 },
    ])
  })
})

describe('allocation invariants', () => {
  const holding = fc.oneof(
    fc.record({
      kind: fc.constant('asset' as const),
      category: fc.constantFrom(...ASSET_CATEGORIES),
      valueCents: fc.integer({ min: 0, max: 1e11 }),
    }),
    fc.record({
      kind: fc.constant('liability' as const),
      category: fc.constantFrom(...LIABILITY_CATEGORIES),
      valueCents: fc.integer({ min: 0, max: 1e11 }),
    }),
  )

  it('shares sum to 1, stay within one unit of the exact quota, values match gross assets', () => {
    fc.assert(
      fc.property(
        fc.array(holding, { maxLength: 40 }),
        fc.integer({ min: 0, max: 4 }),
        (holdings, percentDecimals) => {
          const units = 10 ** (2 + percentDecimals)
          for (const allocation of [
            allocationByCategory(holdings, { percentDecimals }),
            allocationByLiquidity(holdings, { percentDecimals }),
            allocationByRisk(holdings, { percentDecimals }),
          ]) {
            const total = allocation.reduce((sum, slice) => sum + slice.valueCents, 0)
            expect(total).toBe(netWorth(holdings).grossAssetsCents)
            if (allocation.length === 0) continue
            const unitCounts = allocation.map((slice) => Math.round(slice.share * units))
            expect(unitCounts.reduce((a, b) => a + b, 0)).toBe(units)
            allocation.forEach((slice, i) => {
              expect(
                Math.abs((unitCounts[i] ?? 0) - (slice.valueCents / total) * units),
              ).toBeLessThan(1 + 1e-9)
              if (i > 0)
                expect(slice.valueCents).toBeLessThanOrEqual(
                  allocation[i - 1]?.valueCents ?? Infinity,
                )
            })
          }
        },
      ),
    )
  })
})

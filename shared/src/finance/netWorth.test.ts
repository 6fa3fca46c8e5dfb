import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ASSET_CATEGORIES, LIABILITY_CATEGORIES } from '../patrimony/categories'
import type { Holding } from './netWorth'
import {
  bareOwnershipValueShare,
  countedValueCents,
  netWorth,
  usufructValueShare,
} from './netWorth'

describe('netWorth — a couple’s household, worked by hand', () => {
  /*
   * Assets
   *   Livret A                         12 000,00 €
   *   LDDS                              3 500,50 €
   *   Main home 300 000 € owned 50 %  150 000,00 €
   *   Rental flat in usufruct 200 000 € at 100 % (no art. 669 split here)
   *                                   200 000,00 €
   *   gross = 12 000,00 + 3 500,50 + 150 000,00 + 200 000,00 = 365 500,50 €
   * Liabilities
   *   Mortgage 180 000 € at 50 %       90 000,00 €
   *   Consumer loan                     4 250,75 €
   *   total = 94 250,75 €
   * Net worth = 365 500,50 − 94 250,75 = 271 249,75 €
   */
  const household: Holding[] = [
    { kind: 'asset', category: 'livret-a', valueCents: 1_200_000 },
    { kind: 'asset', category: 'ldds', valueCents: 350_050 },
    { kind: 'asset', category: 'main-home', valueCents: 30_000_000, ownershipSharePct: 50 },
    { kind: 'asset', category: 'rental-property', valueCents: 20_000_000, ownership: 'usufruit' },
    { kind: 'liability', category: 'mortgage', valueCents: 18_000_000, ownershipSharePct: 50 },
    { kind: 'liability', category: 'consumer-loan', valueCents: 425_075 },
  ]

  it('adds assets, liabilities and takes the difference', () => {
    expect(netWorth(household)).toEqual({
      grossAssetsCents: 36_550_050,
      totalLiabilitiesCents: 9_425_075,
      netWorthCents: 27_124_975,
    })
  })

  it('is zero for nothing, and negative when debts exceed assets', () => {
    expect(netWorth([])).toEqual({
      grossAssetsCents: 0,
      totalLiabilitiesCents: 0,
      netWorthCents: 0,
    })
    // 1 000,00 € − 5 000,00 € = −4 000,00 €
    expect(
      netWorth([
        { kind: 'asset', category: 'current-account', valueCents: 100_000 },
        { kind: 'liability', category: 'consumer-loan', valueCents: 500_000 },
      ]).netWorthCents,
    ).toBe(-400_000)
  })

  it('rounds once, at the end, half away from zero', () => {
    // Two items of 0,01 € at 50 %: 0,5 c + 0,5 c = 1 c (rounding each first would give 1 + 1 = 2 c)
    const halves: Holding[] = [
      { kind: 'asset', category: 'valuables', valueCents: 1, ownershipSharePct: 50 },
      { kind: 'asset', category: 'valuables', valueCents: 1, ownershipSharePct: 50 },
    ]
    expect(netWorth(halves).grossAssetsCents).toBe(1)
    // one of them alone: 0,5 c → 1 c
    expect(countedValueCents(halves[0] as Holding)).toBe(1)
    // 100 001 c at 50 % = 50 000,5 c → 50 001 c
    expect(
      countedValueCents({
        kind: 'asset',
        category: 'scpi',
        valueCents: 100_001,
        ownershipSharePct: 50,
      }),
    ).toBe(50_001)
  })

  it('refuses malformed holdings', () => {
    const base: Holding = { kind: 'asset', category: 'pea', valueCents: 100 }
    expect(() => netWorth([{ ...base, valueCents: 10.5 }])).toThrow(RangeError)
    expect(() => netWorth([{ ...base, valueCents: -1 }])).toThrow(RangeError)
    expect(() => netWorth([{ ...base, ownershipSharePct: 120 }])).toThrow(RangeError)
    expect(() => netWorth([{ ...base, ownershipSharePct: Number.NaN }])).toThrow(RangeError)
    expect(() => netWorth([{ ...base, kind: 'liability' }])).toThrow(RangeError)
  })

  it('always satisfies net worth = gross assets − liabilities', () => {
    const holding = fc.oneof(
      fc.record({
        kind: fc.constant('asset' as const),
        category: fc.constantFrom(...ASSET_CATEGORIES),
        valueCents: fc.integer({ min: 0, max: 1e11 }),
        ownershipSharePct: fc.integer({ min: 0, max: 100 }),
      }),
      fc.record({
        kind: fc.constant('liability' as const),
        category: fc.constantFrom(...LIABILITY_CATEGORIES),
        valueCents: fc.integer({ min: 0, max: 1e11 }),
        ownershipSharePct: fc.integer({ min: 0, max: 100 }),
      }),
    )
    fc.assert(
      fc.property(fc.array(holding, { maxLength: 30 }), (holdings) => {
        const result = netWorth(holdings)
        expect(result.netWorthCents).toBe(result.grossAssetsCents - result.totalLiabilitiesCents)
        expect(Number.isInteger(result.grossAssetsCents)).toBe(true)
        // with 100 % shares the totals are exact sums
        const full = holdings.map((h) => ({ ...h, ownershipSharePct: 100 }))
        const assets = full
          .filter((h) => h.kind === 'asset')
          .reduce((sum, h) => sum + h.valueCents, 0)
        expect(netWorth(full).grossAssetsCents).toBe(assets)
      }),
    )
  })
})

describe('usufructValueShare — art. 669 CGI', () => {
  it('follows the barème at every boundary', () => {
    const expected: [number, number][] = [
      [0, 90],
      [20, 90],
      [20.9, 90],
      [21, 80],
      [30, 80],
      [31, 70],
      [40, 70],
      [41, 60],
      [50, 60],
      [51, 50],
      [60, 50],
      [61, 40],
      [70, 40],
      [71, 30],
      [80, 30],
      [81, 20],
      [90, 20],
      [91, 10],
      [105, 10],
    ]
    for (const [age, share] of expected) expect(usufructValueShare(age), `age ${age}`).toBe(share)
  })

  it('gives bare ownership the rest', () => {
    // usufructuary aged 65: usufruct 40 %, bare ownership 100 − 40 = 60 %
    expect(bareOwnershipValueShare(65)).toBe(60)
    expect(bareOwnershipValueShare(18)).toBe(10)
  })

  it('refuses impossible ages', () => {
    expect(() => usufructValueShare(-1)).toThrow(RangeError)
    expect(() => usufructValueShare(Number.NaN)).toThrow(RangeError)
  })
})

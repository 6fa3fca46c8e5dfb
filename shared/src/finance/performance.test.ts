import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { holdingPerformance, overallPerformance, type PerformanceHolding } from './performance'

describe('holdingPerformance — one asset against its versements', () => {
  it('gains: PEA worth 31 200,00 € with 26 000,00 € paid in', () => {
    // 31 200,00 − 26 000,00 = +5 200,00 €; 5 200 ÷ 26 000 = 0,2 = +20 %
    expect(holdingPerformance({ kind: 'asset', category: 'pea', valueCents: 3_120_000, contributionsCents: 2_600_000 })).toEqual({
      countedValueCents: 3_120_000,
      countedContributionsCents: 2_600_000,
      gainCents: 520_000,
      gainRate: 0.2,
    })
  })

  it('loses: a securities account worth 9 000,00 € after 12 000,00 € paid in', () => {
    // 9 000,00 − 12 000,00 = −3 000,00 €; −3 000 ÷ 12 000 = −25 %
    const result = holdingPerformance({ kind: 'asset', category: 'securities-account', valueCents: 900_000, contributionsCents: 1_200_000 })
    expect(result?.gainCents).toBe(-300_000)
    expect(result?.gainRate).toBe(-0.25)
  })

  it('applies the share owned to value and versements alike (50 %)', () => {
    // value 40 000,00 × 50 % = 20 000,00; versements 30 000,00 × 50 % = 15 000,00; gain +5 000,00 €, 5 000 ÷ 15 000 = 1/3
    const result = holdingPerformance({ kind: 'asset', category: 'scpi', valueCents: 4_000_000, contributionsCents: 3_000_000, ownershipSharePct: 50 })
    expect(result).toEqual({ countedValueCents: 2_000_000, countedContributionsCents: 1_500_000, gainCents: 500_000, gainRate: 1 / 3 })
  })

  it('has a gain but no percentage when versements are 0, and neither when they are unknown', () => {
    // a gift: 5 000,00 € worth, nothing paid in → +5 000,00 €, no %
    expect(holdingPerformance({ kind: 'asset', category: 'pea', valueCents: 500_000, contributionsCents: 0 })).toMatchObject({ gainCents: 500_000, gainRate: null })
    expect(holdingPerformance({ kind: 'asset', category: 'pea', valueCents: 500_000 })).toEqual({
      countedValueCents: 500_000,
      countedContributionsCents: null,
      gainCents: null,
      gainRate: null,
    })
    expect(holdingPerformance({ kind: 'asset', category: 'pea', valueCents: 500_000, contributionsCents: null })?.gainCents).toBeNull()
  })

  it('has no performance for a liability', () => {
    expect(holdingPerformance({ kind: 'liability', category: 'mortgage', valueCents: 20_000_000, contributionsCents: 0 })).toBeNull()
  })

  it('refuses malformed versements', () => {
    expect(() => holdingPerformance({ kind: 'asset', category: 'pea', valueCents: 100, contributionsCents: 1.5 })).toThrow(RangeError)
    expect(() => holdingPerformance({ kind: 'asset', category: 'pea', valueCents: 100, contributionsCents: -1 })).toThrow(RangeError)
  })
})

describe('overallPerformance — the assets with versements, together', () => {
  /*
   * Life insurance  85 500,00 € for 72 000,00 € paid in
   * PEA             31 200,00 € for 26 000,00 € paid in
   * Flat at 50 %    300 000,00 € for 250 000,00 € (share applied: 150 000,00 / 125 000,00)
   * Current account 4 200,00 €, versements unknown → left out
   * Mortgage        liability → ignored (neither counted nor left out)
   * value = 85 500 + 31 200 + 150 000 = 266 700,00 €; versements = 72 000 + 26 000 + 125 000 = 223 000,00 €
   * gain = +43 700,00 €; 43 700 ÷ 223 000 ≈ 19,6 %
   */
  const holdings: PerformanceHolding[] = [
    { kind: 'asset', category: 'life-insurance-unit-linked', valueCents: 8_550_000, contributionsCents: 7_200_000 },
    { kind: 'asset', category: 'pea', valueCents: 3_120_000, contributionsCents: 2_600_000 },
    { kind: 'asset', category: 'rental-property', valueCents: 30_000_000, contributionsCents: 25_000_000, ownershipSharePct: 50 },
    { kind: 'asset', category: 'current-account', valueCents: 420_000 },
    { kind: 'liability', category: 'mortgage', valueCents: 21_450_000 },
  ]

  it('sums values and versements of the counted assets and says how many were left out', () => {
    expect(overallPerformance(holdings)).toEqual({
      valueCents: 26_670_000,
      contributionsCents: 22_300_000,
      gainCents: 4_370_000,
      gainRate: 4_370_000 / 22_300_000,
      counted: 3,
      leftOut: 1,
    })
  })

  it('has no gain when no asset has versements', () => {
    expect(overallPerformance([{ kind: 'asset', category: 'livret-a', valueCents: 100 }])).toMatchObject({ gainCents: null, gainRate: null, counted: 0, leftOut: 1 })
    expect(overallPerformance([])).toMatchObject({ gainCents: null, counted: 0, leftOut: 0 })
  })

  it('rounds once per total: two halves of a cent make one cent, not two', () => {
    // each: value 3 c at 50 % = 1,5 c; versements 2 c at 50 % = 1 c. Lines: 2 − 1 = 1 c each. Totals: 3 c − 2 c = 1 c.
    const half: PerformanceHolding = { kind: 'asset', category: 'valuables', valueCents: 3, contributionsCents: 2, ownershipSharePct: 50 }
    expect(overallPerformance([half, half])).toMatchObject({ valueCents: 3, contributionsCents: 2, gainCents: 1 })
  })

  it('always returns integer cents and gain = value − versements (property)', () => {
    const holding = fc.record({
      kind: fc.constant('asset' as const),
      category: fc.constant('pea' as const),
      valueCents: fc.integer({ min: 0, max: 1e11 }),
      contributionsCents: fc.option(fc.integer({ min: 0, max: 1e11 })),
      ownershipSharePct: fc.integer({ min: 0, max: 100 }),
    })
    fc.assert(
      fc.property(fc.array(holding, { maxLength: 20 }), (list) => {
        const overall = overallPerformance(list)
        expect(Number.isSafeInteger(overall.valueCents) && Number.isSafeInteger(overall.contributionsCents)).toBe(true)
        expect(overall.counted + overall.leftOut).toBe(list.length)
        if (overall.gainCents !== null) expect(overall.gainCents).toBe(overall.valueCents - overall.contributionsCents)
      }),
    )
  })
})

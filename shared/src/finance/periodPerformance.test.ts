import { describe, expect, it } from 'vitest'
import { periodPerformance, type HoldingPeriod, type ValuationState } from './periodPerformance'

const at = (valueCents: number, contributionsCents: number | null, ownershipSharePct = 100): ValuationState => ({
  kind: 'asset',
  valueCents,
  contributionsCents,
  ownershipSharePct,
})

describe('periodPerformance — the gain over the chart’s period, without new money', () => {
  it('does not count versements raised inside the period as gain', () => {
    // PEA: start 28 000,00 € / 23 800,00 € paid in; end 31 200,00 € / 26 000,00 €
    // (31 200 − 28 000) − (26 000 − 23 800) = 3 200 − 2 200 = +1 000,00 €
    const result = periodPerformance([{ asset: 1, start: at(2_800_000, 2_380_000), end: at(3_120_000, 2_600_000) }])
    expect(result).toEqual({ gainCents: 100_000, counted: 1, leftOut: 0, holdings: [{ asset: 1, gainCents: 100_000 }] })
  })

  it('counts a loss: the value fell although money was added', () => {
    // (9 500 − 10 000) − (11 000 − 10 000) = −500 − 1 000 = −1 500,00 €
    expect(periodPerformance([{ asset: 2, start: at(1_000_000, 1_000_000), end: at(950_000, 1_100_000) }]).gainCents).toBe(-150_000)
  })

  it('starts a holding opened inside the period from its first point: the money it opened with is not a gain', () => {
    // opened with 10 000,00 € paid in and worth 10 000,00 €; now 10 400,00 € → +400,00 €
    const opened: HoldingPeriod = { asset: 3, start: at(1_000_000, 1_000_000), end: at(1_040_000, 1_000_000) }
    expect(periodPerformance([opened]).gainCents).toBe(40_000)
  })

  it('counts each point with the share owned at its date (50 %)', () => {
    // start 200 000,00 at 100 % with 180 000,00 paid: net 20 000,00
    // end 210 000,00 at 50 % with 180 000,00 paid: 105 000,00 − 90 000,00 = net 15 000,00 → −5 000,00 €
    expect(periodPerformance([{ asset: 4, start: at(20_000_000, 18_000_000), end: at(21_000_000, 18_000_000, 50) }]).gainCents).toBe(-500_000)
    // both ends at 50 %: (105 000 − 100 000) − 0 = +5 000,00 €
    expect(periodPerformance([{ asset: 4, start: at(20_000_000, 18_000_000, 50), end: at(21_000_000, 18_000_000, 50) }]).gainCents).toBe(500_000)
  })

  it('leaves out assets whose versements are unknown at either end, ignores liabilities, sums the rest', () => {
    const loan: ValuationState = { kind: 'liability', valueCents: 9_000_000, contributionsCents: null, ownershipSharePct: 100 }
    const result = periodPerformance([
      { asset: 'a', start: at(100_000, 100_000), end: at(110_000, 100_000) }, // +100,00 €
      { asset: 'b', start: at(200_000, 150_000), end: at(180_000, 150_000) }, // −200,00 €
      { asset: 'c', start: at(500_000, null), end: at(600_000, 550_000) }, // left out
      { asset: 'd', start: at(500_000, null), end: at(600_000, null) }, // left out
      { asset: 'e', start: loan, end: { ...loan, valueCents: 8_800_000 } }, // ignored
    ])
    expect(result).toEqual({
      gainCents: -10_000,
      counted: 2,
      leftOut: 2,
      holdings: [
        { asset: 'a', gainCents: 10_000 },
        { asset: 'b', gainCents: -20_000 },
      ],
    })
  })

  it('has no figure when nothing can be counted', () => {
    expect(periodPerformance([])).toEqual({ gainCents: null, counted: 0, leftOut: 0, holdings: [] })
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  futureValueCents,
  monthlyContributionNeeded,
  monthlyRateFromAnnual,
  projectGoal,
} from './projection'

/*
 * Hand figures (a calculator for the powers):
 *   monthly rate at 3 %/year  r = 1,03^(1/12) − 1 = 0,002466269772
 *   12 months:  g = 1,03           annuity (g − 1)/r = 0,03 / 0,002466269772 = 12,164119407
 *   120 months: g = 1,03^10 = 1,343916379   annuity = 0,343916379 / 0,002466269772 = 139,447997
 */

describe('monthlyRateFromAnnual', () => {
  it('gives the equivalent monthly rate, not annual / 12', () => {
    expect(monthlyRateFromAnnual(0.03)).toBeCloseTo(0.002466269772, 12)
    expect(monthlyRateFromAnnual(0)).toBe(0)
    // 1,01^12 − 1 a year is exactly 1 % a month
    expect(monthlyRateFromAnnual(1.01 ** 12 - 1)).toBeCloseTo(0.01, 14)
    expect(() => monthlyRateFromAnnual(-1)).toThrow(RangeError)
    expect(() => monthlyRateFromAnnual(Number.NaN)).toThrow(RangeError)
  })
})

describe('futureValueCents', () => {
  it('grows a lump sum by exactly the annual rate over 12 months', () => {
    // 10 000,00 € × 1,03 = 10 300,00 €
    expect(
      futureValueCents({
        currentCents: 1_000_000,
        monthlyContributionCents: 0,
        annualRate: 0.03,
        months: 12,
      }),
    ).toBe(1_030_000)
  })

  it('adds end-of-month contributions', () => {
    // 12 months: 1 030 000 + 20 000 × 12,164119407 = 1 030 000 + 243 282,39 = 1 273 282,39 c → 12 732,82 €
    expect(
      futureValueCents({
        currentCents: 1_000_000,
        monthlyContributionCents: 20_000,
        annualRate: 0.03,
        months: 12,
      }),
    ).toBe(1_273_282)
    // 120 months: 1 000 000 × 1,343916379 + 20 000 × 139,447997
    //           = 1 343 916,38 + 2 788 959,94 = 4 132 876,32 c → 41 328,76 €
    expect(
      futureValueCents({
        currentCents: 1_000_000,
        monthlyContributionCents: 20_000,
        annualRate: 0.03,
        months: 120,
      }),
    ).toBe(4_132_876)
  })

  it('works at a zero rate (no division by zero) and over zero months', () => {
    // 10 000,00 € + 24 × 200,00 € = 14 800,00 €
    expect(
      futureValueCents({
        currentCents: 1_000_000,
        monthlyContributionCents: 20_000,
        annualRate: 0,
        months: 24,
      }),
    ).toBe(1_480_000)
    expect(
      futureValueCents({
        currentCents: 1_000_000,
        monthlyContributionCents: 20_000,
        annualRate: 0.05,
        months: 0,
      }),
    ).toBe(1_000_000)
  })

  it('handles a negative rate', () => {
    // −10 %/year over 12 months: 10 000,00 € × 0,9 = 9 000,00 €
    expect(
      futureValueCents({
        currentCents: 1_000_000,
        monthlyContributionCents: 0,
        annualRate: -0.1,
        months: 12,
      }),
    ).toBe(900_000)
  })

  it('refuses fractional months and cents', () => {
    expect(() =>
      futureValueCents({
        currentCents: 1,
        monthlyContributionCents: 0,
        annualRate: 0,
        months: 1.5,
      }),
    ).toThrow(RangeError)
    expect(() =>
      futureValueCents({
        currentCents: 1.5,
        monthlyContributionCents: 0,
        annualRate: 0,
        months: 1,
      }),
    ).toThrow(RangeError)
  })
})

describe('monthlyContributionNeeded', () => {
  it('finds the least whole-cent contribution that reaches the target', () => {
    // 50 000 € in 120 months at 3 % from 10 000 €:
    // (5 000 000 − 1 343 916,38) / 139,447997 = 26 218,26 c; 26 218 c falls 36 c short
    // (FV 4 999 963,96 c) → 26 219 c = 262,19 €/month
    expect(monthlyContributionNeeded(5_000_000, 1_000_000, 0.03, 120)).toBe(26_219)
    // at 0 %: (50 000 − 10 000) / 120 = 333,333… € → 33 334 c (33 333 × 120 = 3 999 960 < 4 000 000)
    expect(monthlyContributionNeeded(5_000_000, 1_000_000, 0, 120)).toBe(33_334)
  })

  it('is 0 when already on track, null when no month is left', () => {
    // 10 000 € at 3 % for 12 months = 10 300 € ≥ 10 200 €
    expect(monthlyContributionNeeded(1_020_000, 1_000_000, 0.03, 12)).toBe(0)
    expect(monthlyContributionNeeded(1_000_000, 1_000_000, 0.03, 0)).toBe(0)
    expect(monthlyContributionNeeded(1_000_001, 1_000_000, 0.03, 0)).toBeNull()
  })

  it('is always the least sufficient amount', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 0, max: 1e9 }),
        fc.double({ min: -0.2, max: 0.15, noNaN: true }),
        fc.integer({ min: 1, max: 480 }),
        (targetCents, currentCents, annualRate, months) => {
          const needed = monthlyContributionNeeded(targetCents, currentCents, annualRate, months)
          expect(needed).not.toBeNull()
          const fv = (c: number) =>
            futureValueCents({ currentCents, monthlyContributionCents: c, annualRate, months })
          expect(fv(needed ?? 0)).toBeGreaterThanOrEqual(targetCents)
          if ((needed ?? 0) > 0) expect(fv((needed ?? 0) - 1)).toBeLessThan(targetCents)
        },
      ),
    )
  })
})

describe('projectGoal', () => {
  it('projects a 10-year goal and says how far off it is', () => {
    // Jan 2025 → Jan 2035 = 120 months ; projected 4 132 876 c (above)
    // shortfall 5 000 000 − 4 132 876 = 867 124 c = 8 671,24 €
    const result = projectGoal({
      targetCents: 5_000_000,
      currentCents: 1_000_000,
      monthlyContributionCents: 20_000,
      annualRate: 0.03,
      from: new Date('2025-01-15T10:00:00Z'),
      targetDate: new Date('2035-01-15T10:00:00Z'),
    })
    expect(result).toMatchObject({
      projectedCents: 4_132_876,
      shortfallCents: 867_124,
      onTrack: false,
      monthsLeft: 120,
      contributionNeededCents: 26_219,
    })
    // 120 > 60 months → yearly points: months 0, 12, …, 120 = 11 points
    expect(result.series).toHaveLength(11)
    expect(result.series[0]).toEqual({ month: '2025-01', valueCents: 1_000_000 })
    // 12 months: 1 273 282 c (above)
    expect(result.series[1]).toEqual({ month: '2026-01', valueCents: 1_273_282 })
    expect(result.series.at(-1)).toEqual({ month: '2035-01', valueCents: 4_132_876 })
  })

  it('draws monthly points for short goals and is on track at 0 %', () => {
    // Jan → Jul 2025 = 6 months at 0 %: 1 000 € + 6 × 100 € = 1 600 € ≥ 1 500 €
    const result = projectGoal({
      targetCents: 150_000,
      currentCents: 100_000,
      monthlyContributionCents: 10_000,
      annualRate: 0,
      from: new Date('2025-01-31T23:30:00Z'), // already February in Paris
      targetDate: new Date('2025-08-20T10:00:00Z'),
    })
    expect(result).toMatchObject({
      projectedCents: 160_000,
      shortfallCents: 0,
      onTrack: true,
      monthsLeft: 6,
    })
    expect(result.series.map((p) => p.month)).toEqual([
      '2025-02',
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
    ])
    expect(result.series.map((p) => p.valueCents)).toEqual([
      100_000, 110_000, 120_000, 130_000, 140_000, 150_000, 160_000,
    ])
  })

  it('treats a target date in the past as now', () => {
    const result = projectGoal({
      targetCents: 150_000,
      currentCents: 100_000,
      monthlyContributionCents: 10_000,
      annualRate: 0.02,
      from: new Date('2025-06-01T10:00:00Z'),
      targetDate: new Date('2024-01-01T10:00:00Z'),
    })
    expect(result).toMatchObject({
      monthsLeft: 0,
      projectedCents: 100_000,
      shortfallCents: 50_000,
      onTrack: false,
    })
    expect(result.contributionNeededCents).toBeNull()
    expect(result.series).toEqual([{ month: '2025-06', valueCents: 100_000 }])
  })

  it('still needs the missing amount this month for a goal due later in the current Paris month', () => {
    // From 5 Dec 2026 to 24 Dec 2026: same Paris month → monthsLeft 0, but the day is not past.
    // Missing: 150 000 − 100 000 = 50 000 c, to put aside this month (no time for a return).
    const dueLater = projectGoal({
      targetCents: 150_000,
      currentCents: 100_000,
      monthlyContributionCents: 0,
      annualRate: 0.02,
      from: new Date('2026-12-05T10:00:00Z'),
      targetDate: new Date('2026-12-24T12:00:00Z'),
    })
    expect(dueLater).toMatchObject({ monthsLeft: 0, contributionNeededCents: 50_000 })
    // Due the 2nd of the same month, seen on the 5th: past → null.
    const pastThisMonth = projectGoal({
      targetCents: 150_000,
      currentCents: 100_000,
      monthlyContributionCents: 0,
      annualRate: 0.02,
      from: new Date('2026-12-05T10:00:00Z'),
      targetDate: new Date('2026-12-02T12:00:00Z'),
    })
    expect(pastThisMonth).toMatchObject({ monthsLeft: 0, contributionNeededCents: null })
    // Due today (Paris day of 24 Dec 2026 23:30 UTC is the 25th; 22:30 UTC the 24th): not past yet.
    const dueToday = projectGoal({
      targetCents: 150_000,
      currentCents: 100_000,
      monthlyContributionCents: 0,
      annualRate: 0,
      from: new Date('2026-12-24T22:30:00Z'),
      targetDate: new Date('2026-12-24T12:00:00Z'),
    })
    expect(dueToday.contributionNeededCents).toBe(50_000)
  })

  it('keeps the series to at most 61 points, from start month to target month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1500 }), (months) => {
        const from = new Date('2025-03-10T12:00:00Z')
        const targetDate = new Date(Date.UTC(2025, 2 + months, 10, 12))
        const result = projectGoal({
          targetCents: 1_000_000,
          currentCents: 10_000,
          monthlyContributionCents: 5_000,
          annualRate: 0.04,
          from,
          targetDate,
        })
        expect(result.monthsLeft).toBe(months)
        expect(result.series.length).toBeLessThanOrEqual(61)
        expect(result.series[0]?.month).toBe('2025-03')
        expect(result.series.at(-1)?.valueCents).toBe(result.projectedCents)
        const months_ = result.series.map((p) => p.month)
        expect([...months_].sort()).toEqual(months_)
        expect(new Set(months_).size).toBe(months_.length)
      }),
    )
  })
})

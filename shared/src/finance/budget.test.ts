import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { BudgetLine } from './budget'
import {
  HCSF_MAX_DEBT_RATIO,
  budgetSummary,
  debtRatio,
  emergencyFundMonths,
  monthlyTotalCents,
} from './budget'

/*
 * Worked example — a household's month
 * Incomes   salary 3 200,00 €/month + rent received 650,00 €/month + bonus 4 800,00 €/year
 *           = 3 200,00 + 650,00 + 4 800,00 / 12 = 3 850,00 + 400,00 = 4 250,00 €
 * Expenses  loan 1 100,00 €/month + living 1 450,00 €/month + taxe foncière 1 234,00 €/year
 *           in twelfths of a cent: 12 × (110 000 + 145 000) + 123 400 = 3 183 400
 *           3 183 400 / 12 = 265 283,33… c → 265 283 c = 2 652,83 €
 * Savings capacity = 4 250,00 − 2 652,83 = 1 597,17 €
 * Savings rate     = 159 717 / 425 000 = 0,3758047…
 */
const incomes: BudgetLine[] = [
  { amountCents: 320_000, frequency: 'monthly' },
  { amountCents: 65_000, frequency: 'monthly' },
  { amountCents: 480_000, frequency: 'yearly' },
]
const expenses: BudgetLine[] = [
  { amountCents: 110_000, frequency: 'monthly' },
  { amountCents: 145_000, frequency: 'monthly' },
  { amountCents: 123_400, frequency: 'yearly' },
]

describe('budgetSummary', () => {
  it('turns the household’s lines into monthly figures', () => {
    const summary = budgetSummary({ incomes, expenses })
    expect(summary).toMatchObject({
      monthlyIncomeCents: 425_000,
      monthlyExpensesCents: 265_283,
      savingsCapacityCents: 159_717,
    })
    expect(summary.savingsRate).toBeCloseTo(0.3758047, 7)
  })

  it('has a negative capacity when spending exceeds income, and no rate without income', () => {
    // 1 000,00 − 1 200,00 = −200,00 € ; rate −200 / 1 000 = −0,2
    expect(
      budgetSummary({
        incomes: [{ amountCents: 100_000, frequency: 'monthly' }],
        expenses: [{ amountCents: 120_000, frequency: 'monthly' }],
      }),
    ).toEqual({
      monthlyIncomeCents: 100_000,
      monthlyExpensesCents: 120_000,
      savingsCapacityCents: -20_000,
      savingsRate: -0.2,
    })
    expect(budgetSummary({ incomes: [], expenses: [] }).savingsRate).toBeNull()
  })
})

describe('monthlyTotalCents', () => {
  it('divides yearly amounts by 12 and rounds once', () => {
    // three yearly 1,00 €: 300 c / 12 = 25 c (rounding each: 8 + 8 + 8 = 24 c)
    const yearlyEuro: BudgetLine = { amountCents: 100, frequency: 'yearly' }
    expect(monthlyTotalCents([yearlyEuro, yearlyEuro, yearlyEuro])).toBe(25)
    // 6 c / 12 = 0,5 c → 1 c (half away from zero) ; 18 c / 12 = 1,5 c → 2 c ; 5 c / 12 = 0,42 c → 0
    expect(monthlyTotalCents([{ amountCents: 6, frequency: 'yearly' }])).toBe(1)
    expect(monthlyTotalCents([{ amountCents: 18, frequency: 'yearly' }])).toBe(2)
    expect(monthlyTotalCents([{ amountCents: 5, frequency: 'yearly' }])).toBe(0)
  })

  it('refuses negative or fractional amounts', () => {
    expect(() => monthlyTotalCents([{ amountCents: -1, frequency: 'monthly' }])).toThrow(RangeError)
    expect(() => monthlyTotalCents([{ amountCents: 1.5, frequency: 'monthly' }])).toThrow(
      RangeError,
    )
  })

  it('equals the yearly total / 12 within half a cent', () => {
    const line = fc.record({
      amountCents: fc.integer({ min: 0, max: 1e10 }),
      frequency: fc.constantFrom('monthly' as const, 'yearly' as const),
    })
    fc.assert(
      fc.property(fc.array(line, { maxLength: 20 }), (lines) => {
        const yearly = lines.reduce(
          (sum, l) => sum + (l.frequency === 'monthly' ? 12 : 1) * l.amountCents,
          0,
        )
        expect(Math.abs(monthlyTotalCents(lines) - yearly / 12)).toBeLessThanOrEqual(0.5)
      }),
    )
  })
})

describe('emergencyFundMonths', () => {
  it('counts months of expenses covered by liquid savings', () => {
    // 13 264,15 € / 2 652,83 € = 5 months exactly (265 283 × 5 = 1 326 415)
    expect(emergencyFundMonths(1_326_415, 265_283)).toBe(5)
    // 4 500,00 € / 1 000,00 € = 4,5 months
    expect(emergencyFundMonths(450_000, 100_000)).toBe(4.5)
    expect(emergencyFundMonths(450_000, 0)).toBeNull()
    expect(() => emergencyFundMonths(-1, 100)).toThrow(RangeError)
  })
})

describe('debtRatio', () => {
  it('computes the taux d’endettement and checks the HCSF 35 %', () => {
    expect(HCSF_MAX_DEBT_RATIO).toBe(0.35)
    // 1 487,50 € / 4 250,00 € = 0,35 exactly → not over
    expect(debtRatio(148_750, 425_000)).toEqual({ ratio: 0.35, exceedsHcsf: false })
    // 1 487,51 € / 4 250,00 € = 0,350002… → over by one cent
    expect(debtRatio(148_751, 425_000).exceedsHcsf).toBe(true)
    // 1 100,00 € / 4 250,00 € = 0,258823…
    expect(debtRatio(110_000, 425_000).ratio).toBeCloseTo(0.258824, 6)
  })

  it('has no ratio without income; any repayment is then over the limit', () => {
    expect(debtRatio(10_000, 0)).toEqual({ ratio: null, exceedsHcsf: true })
    expect(debtRatio(0, 0)).toEqual({ ratio: null, exceedsHcsf: false })
  })
})

import { describe, expect, it } from 'vitest'
import { bilanInput } from './bilanFixture'
import { bilanModel } from './model'

/*
 * The fixture by hand (bilanFixture.ts), on 4 December 2026 (Paris):
 *   current account 5 000 + Livret A 20 000 + PEA 50 000 + life insurance 100 000
 *   + main home 900 000 + studio 600 000 × 50 % = 300 000 + flat in usufruct 400 000
 *   + SCPI in bare ownership 100 000 + PER 30 000            = 1 905 000 € gross
 *   mortgage 20 000 (on the main home) + car loan 10 000      =    30 000 € debts
 *                                                               1 875 000 € net
 */
const model = bilanModel(bilanInput())

describe('the bilan’s figures', () => {
  it('adds gross assets, debts and net worth in full value', () => {
    expect(model.patrimony).toMatchObject({ grossCents: 190_500_000, debtsCents: 3_000_000, netCents: 187_500_000 })
    expect(model.patrimony.assets.map((g) => [g.category, g.totalCents])).toContainEqual(['rental-property', 70_000_000])
  })

  it('splits the assets by availability: liquid, under conditions, unavailable', () => {
    // liquid: 5 000 + 20 000 = 25 000; conditions: PEA 50 000 + life insurance 100 000 = 150 000;
    // unavailable: 900 000 + 300 000 + 400 000 + 100 000 + 30 000 = 1 730 000 (sum 1 905 000).
    expect(model.patrimony.byAvailability.map((s) => [s.key, s.valueCents])).toEqual([
      ['liquid', 2_500_000],
      ['conditional', 15_000_000],
      ['unavailable', 173_000_000],
    ])
    expect(model.patrimony.byAvailability[0]!.share).toBeCloseTo(25_000 / 1_905_000, 12)
  })

  it('groups by family and by envelope', () => {
    // cash 25 000; financial 50 000 + 100 000 + 30 000 = 180 000; real estate 900 000 + 300 000 + 400 000 + 100 000 = 1 700 000.
    expect(model.patrimony.byFamily.map((s) => [s.key, s.valueCents])).toEqual([['cash', 2_500_000], ['financial', 18_000_000], ['real-estate', 170_000_000]])
    expect(model.patrimony.byWrapper.map((s) => [s.key, s.valueCents])).toEqual([
      ['bank', 500_000], ['regulated', 2_000_000], ['life-insurance', 10_000_000], ['pea', 5_000_000],
      ['retirement', 3_000_000], ['scpi', 10_000_000], ['direct', 160_000_000],
    ])
  })

  it('values the dismembered assets by art. 669 beside their full value, which the totals keep', () => {
    // Usufruct held by the investor, born 15 June 1960: 66 on 4 Dec 2026 → 61–70 → usufruct 40 %:
    // 400 000 × 40 % = 160 000 €. The bare ownership's usufructuary is not recorded: no economic value.
    expect(model.dismembered.lines).toEqual([
      expect.objectContaining({ id: '7', ownership: 'usufruct', fullValueCents: 40_000_000, economicValueCents: 16_000_000, usufructPct: 40, age: 66 }),
      expect.objectContaining({ id: '8', ownership: 'bare', fullValueCents: 10_000_000, economicValueCents: null, usufructPct: null, age: null }),
    ])
    expect(model.dismembered.fullTotalCents).toBe(50_000_000)
    expect(model.dismembered.economicTotalCents).toBeNull()
  })

  it('estimates the IFI with the main-residence allowance, the linked debt and the décote', () => {
    // Real estate: main home 900 000 + studio 300 000 + usufruct 400 000 (full value, art. 968) + bare SCPI 0 = 1 600 000.
    // Allowance 30 % × 900 000 = 270 000 → 1 330 000. Deductible: the mortgage on the main home, 20 000 → 1 310 000 net taxable
    // (the car loan, linked to nothing, is not deducted). Liable (> 1 300 000).
    // Tax: (1 300 000 − 800 000) × 0.5 % = 2 500 + (1 310 000 − 1 300 000) × 0.7 % = 70 → 2 570 €.
    // Décote: 17 500 − 1.25 % × 1 310 000 = 17 500 − 16 375 = 1 125 €. Net: 2 570 − 1 125 = 1 445 €.
    expect(model.ifi.estimate).toEqual({
      scaleValidFrom: '2018-01-01',
      realEstateCents: 160_000_000,
      mainResidenceAllowanceCents: 27_000_000,
      deductibleDebtsCents: 2_000_000,
      debtsNotLinkedCents: 1_000_000,
      netTaxableCents: 131_000_000,
      liable: true,
      grossTaxCents: 257_000,
      decoteCents: 112_500,
      netTaxCents: 144_500,
    })
    expect(model.ifi.scale.entryThresholdCents).toBe(130_000_000)
  })

  it('counts the emergency fund on current accounts and passbooks only', () => {
    // 5 000 + 20 000 = 25 000 € (not the PEA, not the life insurance) ÷ 5 000 € of monthly expenses = 5 months.
    expect(model.emergency).toEqual({ liquidCents: 2_500_000, months: 5, monthlyExpensesCents: 500_000 })
  })

  it('reads the budget, the debt ratio, the goals and the risk profile', () => {
    // Repayments 1 500 € ÷ income 8 000 € = 18.75 % (from the questionnaire: no loan records a mensualité).
    expect(model.budget).toMatchObject({ monthlyIncomeCents: 800_000, monthlyExpensesCents: 500_000, savingsCapacityCents: 300_000 })
    expect(model.budget.debt).toMatchObject({ ratio: 0.1875, source: 'questionnaire', repaymentsCents: 150_000 })
    // 12 000 € in 12 months, no return assumed: 1 000 € a month; margin 3 000 − 1 000 = 2 000 €.
    expect(model.goals.goals).toEqual([expect.objectContaining({ name: 'Travaux de toiture', monthsLeft: 12, monthlyNeededCents: 100_000 })])
    expect(model.goals.marginCents).toBe(200_000)
    expect(model.risk).toEqual({ score: 4, warnings: ['tolerance_vs_horizon'], capacityForLossPct: 20 })
    expect(model.situation).toMatchObject({ age: 66, maritalStatus: 'married', dependants: 2, employmentStatus: 'retired' })
  })

  it('keeps 24 months of history and the change since the first recorded one', () => {
    expect(model.history.points).toHaveLength(24)
    expect(model.history.firstRecorded?.month).toBe('2026-01')
    // 1 875 000 − 1 800 000 = 75 000 €.
    expect(model.history.changeCents).toBe(7_500_000)
  })

  it('draws the allocation by category, shares adding up to 1', () => {
    expect(model.allocation[0]).toMatchObject({ key: 'main-home', valueCents: 90_000_000 })
    expect(model.allocation.reduce((sum, slice) => sum + slice.share, 0)).toBeCloseTo(1, 10)
  })
})

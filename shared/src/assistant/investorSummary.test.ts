import { describe, expect, it } from 'vitest'
import { EXAMPLE_ASSETS, EXAMPLE_NOW, EXAMPLE_PROFILE } from './exampleInvestor'
import { investorSummary, summaryText } from './investorSummary'

describe('investorSummary', () => {
  const summary = investorSummary(EXAMPLE_PROFILE, EXAMPLE_ASSETS, EXAMPLE_NOW)

  it('counts each holding for its share: 10 000 + 25 000 + 150 000 owned, 60 000 owed', () => {
    expect(summary.totals).toEqual({ grossAssetsCents: 18_500_000, totalLiabilitiesCents: 6_000_000, netWorthCents: 12_500_000 })
    expect(summary.skipped).toBe(1)
    expect(summary.liabilities).toEqual([{ category: 'mortgage', valueCents: 6_000_000 }])
  })

  it('allocates by category, largest first, shares adding up to 1', () => {
    expect(summary.allocation).toEqual([
      { category: 'main-home', valueCents: 15_000_000, share: 0.811 },
      { category: 'pea', valueCents: 2_500_000, share: 0.135 },
      { category: 'livret-a', valueCents: 1_000_000, share: 0.054 },
    ])
  })

  it('reads the risk score, horizon, budget and plans the goals against the savings capacity', () => {
    expect(summary.risk).toEqual({ score: 4, label: { fr: 'équilibré', en: 'balanced' } })
    expect(summary.horizonYears).toBe(10)
    expect(summary.budget.savingsCapacityCents).toBe(150_000)
    // 24 000 € in 24 months, no return: 1 000 € a month; 1 500 − 1 000 = 500 € to spare.
    expect(summary.goals.goals[0]).toMatchObject({ monthsLeft: 24, monthlyNeededCents: 100_000 })
    expect(summary.goals.marginCents).toBe(50_000)
  })

  it('sums the debts of a category in cents and rounds once, so the mortgage line equals the total', () => {
    // Two mortgages owned at 50 %: 150 000,01 € → 7 500 000,5 c and 30 000,01 € → 1 500 000,5 c.
    // Exact sum 9 000 001 c = 90 000,01 €. Rounding each first (7 500 001 + 1 500 001) would give 90 000,02 €.
    const debts = investorSummary(null, [
      { kind: 'liability', category: 'mortgage', valueCents: 15_000_001, ownershipSharePct: 50 },
      { kind: 'liability', category: 'mortgage', valueCents: 3_000_001, ownershipSharePct: 50 },
    ], EXAMPLE_NOW)
    expect(debts.liabilities).toEqual([{ category: 'mortgage', valueCents: 9_000_001 }])
    expect(debts.totals.totalLiabilitiesCents).toBe(9_000_001)
  })

  it('works without a profile or assets', () => {
    const empty = investorSummary(null, [], EXAMPLE_NOW)
    expect(empty).toMatchObject({ profileStatus: 'draft', risk: null, horizonYears: null, allocation: [], liabilities: [] })
    expect(empty.totals.netWorthCents).toBe(0)
  })
})

describe('summaryText', () => {
  const summary = investorSummary(EXAMPLE_PROFILE, EXAMPLE_ASSETS, EXAMPLE_NOW)

  it('puts the figures in French, formatted as the investor reads them, and no free text they typed', () => {
    const text = summaryText(summary, 'fr')
    expect(text).toContain('score de risque 4/7 (équilibré), horizon 10 ans, questionnaire validé')
    expect(text).toContain('Patrimoine net : 125\u202f000,00\u00a0€ (actifs 185\u202f000,00\u00a0€, dettes 60\u202f000,00\u00a0€)')
    expect(text).toContain('Résidence principale 81,1\u00a0% (150\u202f000,00\u00a0€)')
    expect(text).toContain('capacité d’épargne 1\u202f500,00\u00a0€')
    expect(text).toContain('Apport : 24\u202f000,00\u00a0€ pour novembre 2028 (1\u202f000,00\u00a0€ par mois sans rendement)')
    expect(text).not.toContain('Camille')
  })

  it('speaks English for an English reader', () => {
    const text = summaryText(summary, 'en')
    expect(text).toContain('Net worth: €125,000.00 (assets €185,000.00, debts €60,000.00)')
    expect(text).toContain('risk score 4/7 (balanced), 10-year horizon')
  })
})

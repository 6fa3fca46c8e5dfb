import { describe, expect, it } from 'vitest'
import { clientReview } from './clientReview'
import type { AssetDoc } from './groups'

const doc = (id: number, category: string, valueCents: number, extra: Partial<AssetDoc> = {}): AssetDoc => ({
  id,
  kind: ['mortgage', 'consumer-loan', 'other-debt'].includes(category) ? 'liability' : 'asset',
  category,
  valueCents,
  ...extra,
})

describe('the advisor’s review of a client', () => {
  it('computes the portal’s figures from assets and profile', () => {
    const review = clientReview(
      [
        doc(1, 'livret-a', 1_000_000), // 10 000 € liquid
        doc(2, 'current-account', 250_000), // 2 500 € liquid
        doc(3, 'life-insurance-euro', 3_000_000), // 30 000 €, not liquid within a month
        doc(6, 'pea', 2_000_000), // 20 000 €, sold within days but its value moves: not in the emergency fund
        doc(7, 'pel', 1_000_000), // 10 000 €, closing it ends the plan: not in the emergency fund
        doc(4, 'main-home', 40_000_000, { ownershipSharePct: 50 }), // 200 000 € counted
        doc(5, 'mortgage', 15_000_000, { ownershipSharePct: 50 }), // 75 000 € counted
      ],
      { monthlyIncomeCents: 500_000, monthlyExpensesCents: 250_000, savingsCapacityCents: 250_000, expenses: { loanRepaymentsCents: 180_000 } },
    )
    expect(review.patrimony.totals).toEqual({ grossAssetsCents: 27_250_000, totalLiabilitiesCents: 7_500_000, netWorthCents: 19_750_000 })
    expect(review.patrimony.assets.map((group) => group.category)).toEqual(['current-account', 'livret-a', 'pel', 'life-insurance-euro', 'pea', 'main-home'])
    expect(review.liquidCents).toBe(1_250_000)
    // 12 500 € ÷ 2 500 € of monthly expenses = 5 months.
    expect(review.emergencyMonths).toBe(5)
    // 1 800 € of repayments ÷ 5 000 € of income = 36 % > 35 %.
    expect(review.debt).toEqual({ ratio: 0.36, exceedsHcsf: true, source: 'questionnaire', repaymentsCents: 180_000 })
    expect(review.allocation.reduce((sum, slice) => sum + slice.valueCents, 0)).toBe(27_250_000)
  })

  it('takes the repayments from the recorded loans once one carries a mensualité', () => {
    const review = clientReview(
      [doc(1, 'main-home', 30_000_000), doc(2, 'mortgage', 20_000_000, { financedAsset: 1, monthlyPaymentCents: 120_000 })],
      { monthlyIncomeCents: 400_000, expenses: { loanRepaymentsCents: 180_000 } },
    )
    // 1 200 € from the loan (not the questionnaire's 1 800 €) ÷ 4 000 € = 30 %.
    expect(review.debt).toEqual({ ratio: 0.3, exceedsHcsf: false, source: 'loans', repaymentsCents: 120_000 })
  })

  it('has no months nor ratio without expenses or income', () => {
    const review = clientReview([], null)
    expect(review.emergencyMonths).toBeNull()
    expect(review.debt).toEqual({ ratio: null, exceedsHcsf: false, source: 'questionnaire', repaymentsCents: 0 })
    expect(review.patrimony.totals.netWorthCents).toBe(0)
  })
})

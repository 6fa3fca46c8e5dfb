import { allocationByCategory, type AllocationSlice } from '../finance/allocation'
import { emergencyFund } from '../finance/emergencyFund'
import { isCents, type Cents } from '../finance/money'
import type { AssetCategory } from './categories'
import { debtRatioFromSource, type DebtRatioFromSource } from './debtRatioSource'
import { groupPatrimony, holdingsOf, type AssetDoc, type GroupedPatrimony } from './groups'

/** The budget figures a profile carries (derived by the cms), monthly, in cents. */
export type ProfileBudget = {
  monthlyIncomeCents?: unknown
  monthlyExpensesCents?: unknown
  savingsCapacityCents?: unknown
  expenses?: { loanRepaymentsCents?: unknown } | null
}

export type ClientReview = {
  patrimony: GroupedPatrimony
  allocation: AllocationSlice<AssetCategory>[]
  monthlyIncomeCents: Cents
  monthlyExpensesCents: Cents
  savingsCapacityCents: Cents
  /** Loan repayments ÷ income: from the recorded loans' mensualités, else the questionnaire (debtRatioSource.ts). */
  debt: DebtRatioFromSource
  /** Current accounts and regulated passbooks (finance/emergencyFund.ts), counted for the investor's share. */
  liquidCents: Cents
  /** Those liquid savings ÷ monthly expenses; null without expenses. */
  emergencyMonths: number | null
}

const centsOr0 = (value: unknown): Cents => (isCents(value) && value >= 0 ? value : 0)

/**
 * What the advisor's client page shows, from the investor's assets and
 * profile, with the portal's own calculations: patrimony by category and
 * totals (groupPatrimony, as /portail/patrimoine), allocation by category,
 * budget, debt ratio (HCSF) and months of expenses covered by current accounts
 * and passbooks (emergencyFund: not PEA, securities, crypto nor PEL).
 */
export function clientReview(docs: readonly AssetDoc[], profile: ProfileBudget | null): ClientReview {
  const holdings = holdingsOf(docs)
  const monthlyIncomeCents = centsOr0(profile?.monthlyIncomeCents)
  const monthlyExpensesCents = centsOr0(profile?.monthlyExpensesCents)
  const fund = emergencyFund(holdings, monthlyExpensesCents)
  return {
    patrimony: groupPatrimony(docs),
    allocation: allocationByCategory(holdings),
    monthlyIncomeCents,
    monthlyExpensesCents,
    savingsCapacityCents: isCents(profile?.savingsCapacityCents) ? profile.savingsCapacityCents : 0,
    debt: debtRatioFromSource(docs, profile?.expenses?.loanRepaymentsCents, monthlyIncomeCents),
    liquidCents: fund.liquidCents,
    emergencyMonths: fund.months,
  }
}

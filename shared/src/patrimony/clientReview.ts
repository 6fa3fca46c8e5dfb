import { allocationByCategory, type AllocationSlice } from '../finance/allocation'
import { emergencyFundMonths } from '../finance/budget'
import { isCents, type Cents } from '../finance/money'
import { netWorth } from '../finance/netWorth'
import { isAssetCategory, isLiquid, type AssetCategory } from './categories'
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
  /** What is on liquid categories (cash, passbooks…), counted for the investor's share. */
  liquidCents: Cents
  /** Liquid savings ÷ monthly expenses; null without expenses. */
  emergencyMonths: number | null
}

const centsOr0 = (value: unknown): Cents => (isCents(value) && value >= 0 ? value : 0)

/**
 * What the advisor's client page shows, from the investor's assets and
 * profile, with the portal's own calculations: patrimony by category and
 * totals (groupPatrimony, as /portail/patrimoine), allocation by category,
 * budget, debt ratio (HCSF) and months of expenses covered by liquid savings.
 */
export function clientReview(docs: readonly AssetDoc[], profile: ProfileBudget | null): ClientReview {
  const holdings = holdingsOf(docs)
  const liquid = holdings.filter((holding) => holding.kind === 'asset' && isAssetCategory(holding.category) && isLiquid(holding.category))
  const liquidCents = netWorth(liquid).grossAssetsCents
  const monthlyIncomeCents = centsOr0(profile?.monthlyIncomeCents)
  const monthlyExpensesCents = centsOr0(profile?.monthlyExpensesCents)
  return {
    patrimony: groupPatrimony(docs),
    allocation: allocationByCategory(holdings),
    monthlyIncomeCents,
    monthlyExpensesCents,
    savingsCapacityCents: isCents(profile?.savingsCapacityCents) ? profile.savingsCapacityCents : 0,
    debt: debtRatioFromSource(docs, profile?.expenses?.loanRepaymentsCents, monthlyIncomeCents),
    liquidCents,
    emergencyMonths: emergencyFundMonths(liquidCents, monthlyExpensesCents),
  }
}

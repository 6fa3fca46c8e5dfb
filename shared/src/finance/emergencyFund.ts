/**
 * The emergency fund (épargne de précaution): how many months of expenses
 * the money available at once, without risk, would cover.
 *
 * Counted: current accounts and the regulated passbooks Atlas records —
 * Livret A, LDDS, LEP (a livret jeune or a CEL would belong here too; they
 * are not categories yet). Not counted, although some can be sold within
 * days: PEA and PEA-PME, securities, crypto (their value moves), PEL
 * (closing it ends the plan), life insurance (a surrender takes up to two
 * months), and everything illiquid. This is stricter than the allocation's
 * "liquidity" classes (patrimony/categories.ts), on purpose.
 */
import type { AssetCategory } from '../patrimony/categories'
import { emergencyFundMonths } from './budget'
import type { Cents } from './money'
import { netWorth, type Holding } from './netWorth'

export const EMERGENCY_FUND_CATEGORIES = ['current-account', 'livret-a', 'ldds', 'lep'] as const satisfies readonly AssetCategory[]

/** True for the categories the emergency fund counts. */
export function countsForEmergencyFund(category: string): boolean {
  return (EMERGENCY_FUND_CATEGORIES as readonly string[]).includes(category)
}

export interface EmergencyFund {
  /** The investor's share of current accounts and passbooks, rounded once. */
  liquidCents: Cents
  /** liquid ÷ monthly expenses, unrounded (4.5 = four and a half months); null without expenses. */
  months: number | null
}

/** The emergency fund of a list of holdings against monthly expenses (cents, ≥ 0). */
export function emergencyFund(holdings: readonly Holding[], monthlyExpensesCents: Cents): EmergencyFund {
  const liquid = holdings.filter((holding) => holding.kind === 'asset' && countsForEmergencyFund(holding.category))
  const liquidCents = netWorth(liquid).grossAssetsCents
  return { liquidCents, months: emergencyFundMonths(liquidCents, monthlyExpensesCents) }
}

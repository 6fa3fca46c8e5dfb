/**
 * Accounts the law allows once per person: a second one is refused.
 *
 * - Livret A: art. L221-3 Code monétaire et financier (one per person).
 * - LDDS: art. L221-27 CMF (one per taxpayer, one for the spouse).
 * - LEP: art. L221-15 CMF (one per person, two per tax household).
 * - PEA: art. L221-30 CMF (one per taxpayer, one for each spouse).
 * - PEA-PME: art. L221-32-1 CMF (same rule as the PEA).
 *
 * "Person" in Atlas is the investor account that owns the asset: assets have
 * one owner and a share (`ownershipSharePct`), a spouse is not a holder of
 * their own (docs/decisions/037-calculations-ifi-669-liquidity.md). So the
 * rule is one of each per investor account.
 */
import type { AssetCategory } from './categories'

export const SINGLE_HOLDING_CATEGORIES = ['livret-a', 'ldds', 'lep', 'pea', 'pea-pme'] as const satisfies readonly AssetCategory[]
export type SingleHoldingCategory = (typeof SINGLE_HOLDING_CATEGORIES)[number]

/** True for the five accounts a person may hold only once. */
export function isSingleHolding(category: unknown): category is SingleHoldingCategory {
  return (SINGLE_HOLDING_CATEGORIES as readonly unknown[]).includes(category)
}

export interface SecondHolding {
  code: 'single_holding'
  category: SingleHoldingCategory
}

/**
 * Whether one more asset of `category` may join the person's other assets
 * (their categories, the asset itself left out). Example: a PEA beside
 * `['pea', 'livret-a']` → `{ code: 'single_holding', category: 'pea' }`; a
 * PEA-PME beside a PEA → null (two different plans).
 */
export function checkSingleHolding(category: unknown, otherCategories: readonly unknown[]): SecondHolding | null {
  if (!isSingleHolding(category) || !otherCategories.includes(category)) return null
  return { code: 'single_holding', category }
}

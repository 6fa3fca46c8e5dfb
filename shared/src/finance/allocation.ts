/**
 * How an investor's assets are spread: by category, by liquidity class, by
 * risk class. Pie charts and the "where is my money" table read these.
 */
import type { AssetCategory, Liquidity, RiskClass } from '../patrimony/categories'
import { ASSET_CATEGORY_INFO, isAssetCategory } from '../patrimony/categories'
import type { Cents } from './money'
import { roundHalfAwayFromZero } from './money'
import type { Holding } from './netWorth'
import { weightedHundredths } from './netWorth'

export interface AllocationSlice<Key extends string> {
  key: Key
  valueCents: Cents
  /** Decimal, 0–1; the shares of one allocation add up to 1. */
  share: number
}

export interface AllocationOptions {
  /**
   * Decimals of the percentage the UI prints (0–4, default 1). Shares are
   * whole multiples of 1 / 10^(2 + percentDecimals), so the percentages,
   * printed with that many decimals, add up to exactly 100.
   */
  percentDecimals?: number
}

/** Allocation by asset category. See `allocate` for the rules. */
export function allocationByCategory(
  holdings: readonly Holding[],
  options?: AllocationOptions,
): AllocationSlice<AssetCategory>[] {
  return allocate(holdings, (category) => category, options)
}

/** Allocation by liquidity class of the category (categories.ts). */
export function allocationByLiquidity(
  holdings: readonly Holding[],
  options?: AllocationOptions,
): AllocationSlice<Liquidity>[] {
  return allocate(holdings, (category) => ASSET_CATEGORY_INFO[category].liquidity, options)
}

/** Allocation by risk class of the category (categories.ts). */
export function allocationByRisk(
  holdings: readonly Holding[],
  options?: AllocationOptions,
): AllocationSlice<RiskClass>[] {
  return allocate(holdings, (category) => ASSET_CATEGORY_INFO[category].risk, options)
}

/**
 * Group the assets by `keyOf`, value each group and give it its share.
 *
 * - Assets only: liabilities are skipped. An allocation describes what is
 *   owned; a mortgage is not a negative slice of the house.
 * - A holding counts `valueCents × ownershipSharePct / 100`, like netWorth.
 *   Each group's value is that sum rounded half away from zero to the cent
 *   once; groups worth 0 are left out; no assets at all gives `[]`.
 * - Shares use the largest-remainder method on the group values, in exact
 *   integer arithmetic: each group gets the floor of its quota of
 *   10^(2 + percentDecimals) units, and the units left over go to the
 *   largest remainders (ties: larger value, then key order). So shares sum
 *   to 1 and printed percentages to 100.
 * - Sorted by value, largest first (ties by key).
 */
function allocate<Key extends string>(
  holdings: readonly Holding[],
  keyOf: (category: AssetCategory) => Key,
  options: AllocationOptions = {},
): AllocationSlice<Key>[] {
  const { percentDecimals = 1 } = options
  if (!(Number.isInteger(percentDecimals) && percentDecimals >= 0 && percentDecimals <= 4)) {
    throw new RangeError(`percentDecimals must be an integer 0–4, got ${percentDecimals}`)
  }
  const hundredthsByKey = new Map<Key, number>()
  for (const holding of holdings) {
    const weighted = weightedHundredths(holding)
    if (holding.kind !== 'asset' || !isAssetCategory(holding.category)) continue
    const key = keyOf(holding.category)
    hundredthsByKey.set(key, (hundredthsByKey.get(key) ?? 0) + weighted)
  }
  const groups = [...hundredthsByKey]
    .map(([key, hundredths]) => ({ key, valueCents: roundHalfAwayFromZero(hundredths / 100) }))
    .filter((group) => group.valueCents > 0)
    .sort((a, b) => b.valueCents - a.valueCents || compareKeys(a.key, b.key))

  const units = 10 ** (2 + percentDecimals)
  const unitsByGroup = largestRemainder(
    groups.map((group) => group.valueCents),
    units,
  )
  return groups.map((group, index) => ({ ...group, share: (unitsByGroup[index] ?? 0) / units }))
}

/**
 * Split `units` among `values` (already sorted by value desc, then key) in
 * proportion, by the largest-remainder (Hamilton) method, exactly.
 * Returns whole numbers that add up to `units`; `[]` for no values.
 */
function largestRemainder(values: readonly number[], units: number): number[] {
  const total = values.reduce((sum, value) => sum + BigInt(value), 0n)
  if (total === 0n) return values.map(() => 0)
  const bigUnits = BigInt(units)
  const quotas = values.map((value, index) => {
    const scaled = BigInt(value) * bigUnits
    return { index, floor: scaled / total, remainder: scaled % total }
  })
  let left = bigUnits - quotas.reduce((sum, quota) => sum + quota.floor, 0n)
  // Stable sort: equal remainders keep the value-desc, key-asc order.
  const byRemainder = [...quotas].sort((a, b) =>
    a.remainder === b.remainder ? 0 : a.remainder > b.remainder ? -1 : 1,
  )
  const result = quotas.map((quota) => quota.floor)
  for (const quota of byRemainder) {
    if (left === 0n) break
    result[quota.index] = (result[quota.index] ?? 0n) + 1n
    left -= 1n
  }
  return result.map(Number)
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

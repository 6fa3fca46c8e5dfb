/**
 * Net worth: what an investor owns minus what they owe, counting each
 * holding for the share that is theirs.
 */
import type { Category, HoldingKind } from '../patrimony/categories'
import { categoryKind } from '../patrimony/categories'
import type { Cents } from './money'
import { assertCents, roundHalfAwayFromZero } from './money'

/**
 * How a holding is owned (démembrement de propriété): full ownership,
 * usufruct (the right to use it and its income) or bare ownership (the
 * right to get it back in full when the usufruct ends).
 */
export type Ownership = 'pleine-propriete' | 'usufruit' | 'nue-propriete'

/**
 * One thing owned or owed. `valueCents` is the whole item's value (a
 * liability: the capital still due), never negative. `ownershipSharePct` is
 * the part that is the investor's, 0–100, default 100 (a flat owned half
 * with a spouse: 50). `ownership` defaults to `'pleine-propriete'`.
 */
export interface Holding {
  kind: HoldingKind
  category: Category
  valueCents: Cents
  ownershipSharePct?: number
  ownership?: Ownership
}

export interface NetWorth {
  grossAssetsCents: Cents
  totalLiabilitiesCents: Cents
  netWorthCents: Cents
}

/**
 * Totals of a list of holdings.
 *
 * Each holding counts `valueCents × ownershipSharePct / 100`, whatever its
 * ownership: usufruct and bare ownership count the full value times the
 * declared share, like full ownership. The tax split of a dismembered
 * property (art. 669 CGI) is deliberately NOT applied here — it is a tax
 * valuation, not what the investor would see on a statement; it is offered
 * separately by `usufructValueShare`.
 *
 * Rounding: the products value × share are summed exactly, divided by 100
 * and rounded half away from zero to the cent once per total. Net worth is
 * then gross assets − liabilities, so the three figures always agree.
 * Throws `RangeError` on negative or non-integer cents, a share outside
 * 0–100, or a kind that contradicts the category.
 */
export function netWorth(holdings: readonly Holding[]): NetWorth {
  let assetHundredths = 0
  let liabilityHundredths = 0
  for (const holding of holdings) {
    const weighted = weightedHundredths(holding)
    if (holding.kind === 'asset') assetHundredths += weighted
    else liabilityHundredths += weighted
  }
  const grossAssetsCents = roundHalfAwayFromZero(assetHundredths / 100)
  const totalLiabilitiesCents = roundHalfAwayFromZero(liabilityHundredths / 100)
  return {
    grossAssetsCents,
    totalLiabilitiesCents,
    netWorthCents: grossAssetsCents - totalLiabilitiesCents,
  }
}

/**
 * What one holding counts for, rounded half away from zero to the cent:
 * 300 000,00 € at 50 % → 150 000,00 €. For display beside a line; totals
 * use the unrounded products (see `netWorth`).
 */
export function countedValueCents(holding: Holding): Cents {
  return roundHalfAwayFromZero(weightedHundredths(holding) / 100)
}

/**
 * `valueCents × share` (in hundredths of a cent), after checking the
 * holding. Exact for whole-percent shares. Also used by allocation.ts.
 */
export function weightedHundredths(holding: Holding): number {
  const { kind, category, valueCents, ownershipSharePct = 100 } = holding
  assertCents(valueCents, 'valueCents')
  if (valueCents < 0) throw new RangeError(`valueCents must not be negative, got ${valueCents}`)
  if (!(ownershipSharePct >= 0 && ownershipSharePct <= 100)) {
    throw new RangeError(`ownershipSharePct must be within 0–100, got ${ownershipSharePct}`)
  }
  if (categoryKind(category) !== kind) {
    throw new RangeError(`category ${category} is not a ${kind}`)
  }
  return valueCents * ownershipSharePct
}

/**
 * The usufruct's share of the full-ownership value for tax purposes, in
 * percent, by the age of the usufructuary (barème of art. 669 I CGI):
 *
 * | age (completed years) | usufruct | bare ownership |
 * |---|---|---|
 * | under 21 | 90 | 10 |
 * | 21–30 | 80 | 20 |
 * | 31–40 | 70 | 30 |
 * | 41–50 | 60 | 40 |
 * | 51–60 | 50 | 50 |
 * | 61–70 | 40 | 60 |
 * | 71–80 | 30 | 70 |
 * | 81–90 | 20 | 80 |
 * | 91 and over | 10 | 90 |
 *
 * A fractional age counts as its completed years (20.9 → under 21).
 * Throws `RangeError` for a negative or non-finite age.
 */
export function usufructValueShare(ageOfUsufructuary: number): number {
  if (!(Number.isFinite(ageOfUsufructuary) && ageOfUsufructuary >= 0)) {
    throw new RangeError(`age must be a non-negative number, got ${ageOfUsufructuary}`)
  }
  const completedYears = Math.floor(ageOfUsufructuary)
  if (completedYears < 21) return 90
  if (completedYears >= 91) return 10
  // 21–30 → 80, 31–40 → 70, … 81–90 → 20
  return 80 - 10 * Math.floor((completedYears - 21) / 10)
}

/** The bare ownership's share: 100 − `usufructValueShare(age)` (art. 669 CGI). */
export function bareOwnershipValueShare(ageOfUsufructuary: number): number {
  return 100 - usufructValueShare(ageOfUsufructuary)
}

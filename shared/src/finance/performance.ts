/**
 * Performance: how much a holding has gained or lost against the money paid
 * into it (its versements). A latent figure — value today minus versements —
 * with fees and taxes only as far as they are already reflected in the value
 * (docs/decisions/030-performance-versus-contributions.md).
 */
import type { Category, HoldingKind } from '../patrimony/categories'
import type { Cents } from './money'
import { assertCents, roundHalfAwayFromZero } from './money'
import { weightedHundredths } from './netWorth'

/**
 * One holding as performance reads it. `contributionsCents` is the whole
 * item's versements since opening; null or absent when the investor has not
 * said (then no gain can be computed). 0 is a real 0: a holding received as
 * a gift is all gain, but has no percentage.
 */
export interface PerformanceHolding {
  kind: HoldingKind
  category: Category
  valueCents: Cents
  contributionsCents?: Cents | null
  ownershipSharePct?: number
}

export interface HoldingPerformance {
  /** value × share owned, to the cent. */
  countedValueCents: Cents
  /** versements × share owned, to the cent; null when not known. */
  countedContributionsCents: Cents | null
  /** counted value − counted versements; null when versements are not known. */
  gainCents: Cents | null
  /** gain ÷ counted versements (0.2 is +20 %); null when versements are unknown or 0. */
  gainRate: number | null
}

export interface OverallPerformance {
  /** Sum of the counted values of the holdings that have versements. */
  valueCents: Cents
  /** Sum of their counted versements. */
  contributionsCents: Cents
  /** valueCents − contributionsCents; null when no holding has versements. */
  gainCents: Cents | null
  gainRate: number | null
  /** Assets whose versements are known: the ones in the sums. */
  counted: number
  /** Assets left out because their versements are not known. Liabilities are not assets and are not counted here. */
  leftOut: number
}

const hasContributions = (holding: PerformanceHolding): holding is PerformanceHolding & { contributionsCents: Cents } =>
  holding.contributionsCents !== null && holding.contributionsCents !== undefined

/** The versements' share-weighted hundredths of a cent, after checking them like a value. */
function weightedContributions(holding: PerformanceHolding & { contributionsCents: Cents }): number {
  assertCents(holding.contributionsCents, 'contributionsCents')
  if (holding.contributionsCents < 0) throw new RangeError(`contributionsCents must not be negative, got ${holding.contributionsCents}`)
  return weightedHundredths({ ...holding, valueCents: holding.contributionsCents })
}

const rateOf = (gainCents: Cents, contributionsCents: Cents): number | null =>
  contributionsCents === 0 ? null : gainCents / contributionsCents

/**
 * Gain or loss of one asset, or null for a liability (a loan has no
 * performance). The share owned applies to value and versements alike:
 * 40 000,00 € worth, 30 000,00 € paid in, owned 50 % → 20 000,00 − 15 000,00
 * = +5 000,00 €, +33,3 %. Throws `RangeError` on malformed figures, like `netWorth`.
 */
export function holdingPerformance(holding: PerformanceHolding): HoldingPerformance | null {
  const countedValueCents = roundHalfAwayFromZero(weightedHundredths(holding) / 100)
  if (holding.kind !== 'asset') return null
  if (!hasContributions(holding)) return { countedValueCents, countedContributionsCents: null, gainCents: null, gainRate: null }
  const countedContributionsCents = roundHalfAwayFromZero(weightedContributions(holding) / 100)
  const gainCents = countedValueCents - countedContributionsCents
  return { countedValueCents, countedContributionsCents, gainCents, gainRate: rateOf(gainCents, countedContributionsCents) }
}

/**
 * All assets with known versements together: values and versements are each
 * summed exactly and rounded once (as `netWorth` does), the gain is their
 * difference — so it may differ by a cent from the sum of rounded lines.
 * Assets without versements are left out and counted in `leftOut`;
 * liabilities are ignored.
 */
export function overallPerformance(holdings: readonly PerformanceHolding[]): OverallPerformance {
  let valueHundredths = 0
  let contributionHundredths = 0
  let counted = 0
  let leftOut = 0
  for (const holding of holdings) {
    const value = weightedHundredths(holding)
    if (holding.kind !== 'asset') continue
    if (!hasContributions(holding)) {
      leftOut += 1
      continue
    }
    valueHundredths += value
    contributionHundredths += weightedContributions(holding)
    counted += 1
  }
  const valueCents = roundHalfAwayFromZero(valueHundredths / 100)
  const contributionsCents = roundHalfAwayFromZero(contributionHundredths / 100)
  if (counted === 0) return { valueCents, contributionsCents, gainCents: null, gainRate: null, counted, leftOut }
  const gainCents = valueCents - contributionsCents
  return { valueCents, contributionsCents, gainCents, gainRate: rateOf(gainCents, contributionsCents), counted, leftOut }
}

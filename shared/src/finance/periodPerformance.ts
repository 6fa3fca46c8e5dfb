/**
 * Gain over a period (the dashboard's 12 months) from two valuation points
 * per holding: new money paid in during the period is not a gain, so
 * gain = (value_end − value_start) − (versements_end − versements_start),
 * each point counted with the share owned at its date
 * (docs/decisions/030-performance-versus-contributions.md).
 */
import type { HoldingKind } from '../patrimony/categories'
import type { Cents } from './money'
import { assertCents, roundHalfAwayFromZero } from './money'

/** A valuation point as stored in `asset-valuations`. */
export interface ValuationState {
  kind: HoldingKind
  valueCents: Cents
  /** The asset's versements at that date; null when they were not known. */
  contributionsCents: Cents | null
  ownershipSharePct: number
}

/**
 * One holding over the period: `start` is its last point before the period
 * began — or, for a holding recorded inside the period, its first point —
 * and `end` its latest point.
 */
export interface HoldingPeriod {
  asset: string | number
  start: ValuationState
  end: ValuationState
}

export interface PeriodPerformance {
  /** Sum over the counted holdings, rounded once; null when none could be counted. */
  gainCents: Cents | null
  /** Assets with versements known at both ends: the ones in the sum. */
  counted: number
  /** Assets left out because their versements were unknown at the start or the end. */
  leftOut: number
  /** Each counted asset's gain over the period, rounded to the cent. */
  holdings: { asset: string | number; gainCents: Cents }[]
}

function weighted(cents: Cents, sharePct: number, label: string): number {
  assertCents(cents, label)
  if (!(sharePct >= 0 && sharePct <= 100)) throw new RangeError(`ownershipSharePct must be within 0–100, got ${sharePct}`)
  return cents * sharePct
}

/** (value − versements) × share at one point, in hundredths of a cent. */
const netOf = (state: ValuationState & { contributionsCents: Cents }): number =>
  weighted(state.valueCents, state.ownershipSharePct, 'valueCents') -
  weighted(state.contributionsCents, state.ownershipSharePct, 'contributionsCents')

const known = (state: ValuationState): state is ValuationState & { contributionsCents: Cents } =>
  state.contributionsCents !== null

/**
 * The period's gain, per asset and overall. Liabilities (at either end) are
 * ignored; an asset whose versements are unknown at either end is left out
 * and counted, since its change of value may be new money.
 *
 * Example: a PEA worth 28 000,00 € with 23 800,00 € paid in at the start,
 * 31 200,00 € with 26 000,00 € at the end: (31 200 − 28 000) − (26 000 − 23 800)
 * = 3 200 − 2 200 = +1 000,00 €.
 */
export function periodPerformance(periods: readonly HoldingPeriod[]): PeriodPerformance {
  let hundredths = 0
  let leftOut = 0
  const holdings: PeriodPerformance['holdings'] = []
  for (const { asset, start, end } of periods) {
    if (start.kind !== 'asset' || end.kind !== 'asset') continue
    if (!known(start) || !known(end)) {
      leftOut += 1
      continue
    }
    const gain = netOf(end) - netOf(start)
    hundredths += gain
    holdings.push({ asset, gainCents: roundHalfAwayFromZero(gain / 100) })
  }
  const gainCents = holdings.length === 0 ? null : roundHalfAwayFromZero(hundredths / 100)
  return { gainCents, counted: holdings.length, leftOut, holdings }
}

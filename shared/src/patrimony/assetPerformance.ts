import { isCents } from '../finance/money'
import { holdingPerformance, overallPerformance, type OverallPerformance, type PerformanceHolding } from '../finance/performance'
import { approximateYearlyRate, showsGainSinceOpening } from '../finance/sinceOpening'
import type { AssetDoc } from './groups'
import { holdingOf } from './holdingOf'

/** What a patrimony line shows of its performance. */
export type LinePerformance = {
  /** Counted gain (share applied), null when versements are not known. */
  gainCents: number | null
  gainRate: number | null
  /** For life insurance and PEA with an opening date: that date (ISO) and, after a year, the approximate yearly rate. */
  sinceOpening: { openedAt: string; yearlyRate: number | null } | null
}

export type PatrimonyPerformance = { byId: Record<string, LinePerformance>; overall: OverallPerformance }

const withContributions = (doc: AssetDoc): PerformanceHolding | null => {
  const holding = holdingOf(doc)
  if (!holding) return null
  const contributions = doc.contributionsCents
  return { ...holding, contributionsCents: isCents(contributions) && contributions >= 0 ? contributions : null }
}

/**
 * The performance of each asset document (by id) and of all of them, as of
 * `now` (for the yearly rate). Liabilities and documents that cannot be
 * counted have no line; malformed versements read as not known.
 */
export function patrimonyPerformance(docs: readonly AssetDoc[], now: Date): PatrimonyPerformance {
  const holdings: PerformanceHolding[] = []
  const byId: Record<string, LinePerformance> = {}
  for (const doc of docs) {
    const holding = withContributions(doc)
    if (!holding) continue
    holdings.push(holding)
    const line = holdingPerformance(holding)
    if (!line) continue
    const openedAt = doc.openedAt ? new Date(doc.openedAt) : null
    const sinceOpening =
      showsGainSinceOpening(holding.category) && openedAt && !Number.isNaN(openedAt.getTime())
        ? { openedAt: openedAt.toISOString(), yearlyRate: approximateYearlyRate(holding.valueCents, holding.contributionsCents ?? null, openedAt, now) }
        : null
    byId[String(doc.id)] = { gainCents: line.gainCents, gainRate: line.gainRate, sinceOpening }
  }
  return { byId, overall: overallPerformance(holdings) }
}

/**
 * Net worth over time: the month series the cms endpoint answers
 * (`GET /api/assets/net-worth-history`) and what the dashboard reads from it.
 */
import type { Cents } from './money'
import type { MonthKey } from './dates'

export interface NetWorthPoint {
  /** Paris calendar month, 'YYYY-MM'. */
  month: MonthKey
  netWorthCents: Cents
  grossAssetsCents: Cents
  liabilitiesCents: Cents
}

export const DEFAULT_HISTORY_MONTHS = 12
export const MAX_HISTORY_MONTHS = 120

/**
 * The `months` query parameter: absent → 12; a whole number 1–120 → it;
 * anything else (0, 13.5, '12abc', '1e2', -3) → null, which the endpoint
 * answers with a 400.
 */
export function parseHistoryMonths(raw: string | null | undefined): number | null {
  if (raw === null || raw === undefined || raw === '') return DEFAULT_HISTORY_MONTHS
  if (!/^\d{1,3}$/.test(raw)) return null
  const months = Number(raw)
  return months >= 1 && months <= MAX_HISTORY_MONTHS ? months : null
}

/**
 * The change of net worth between the last two months of a series, or null
 * when there is no previous month, or the investor had nothing recorded then
 * (all three figures 0 — a first month is not a gain).
 *
 * Example: …, { '2026-10': 300 000,00 € }, { '2026-11': 319 350,00 € } → +19 350,00 € = 1 935 000 c.
 */
export function changeSinceLastMonth(points: readonly NetWorthPoint[]): Cents | null {
  if (points.length < 2) return null
  const previous = points[points.length - 2]!
  const last = points[points.length - 1]!
  if (previous.grossAssetsCents === 0 && previous.liabilitiesCents === 0) return null
  return last.netWorthCents - previous.netWorthCents
}

/**
 * The series from the first month something was recorded: leading months with
 * neither assets nor debts are dropped (a new investor's chart does not start
 * with a year of zeros). At least the last `keep` months remain.
 */
export function fromFirstRecordedMonth(points: readonly NetWorthPoint[], keep = 2): NetWorthPoint[] {
  const first = points.findIndex((p) => p.grossAssetsCents !== 0 || p.liabilitiesCents !== 0)
  const start = first === -1 ? points.length : first
  return points.slice(Math.max(0, Math.min(start, points.length - keep)))
}

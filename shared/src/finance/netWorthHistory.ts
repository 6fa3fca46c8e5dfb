/**
 * Net worth over time: the month series the cms endpoint answers
 * (`GET /api/assets/net-worth-history`) and what the dashboard reads from it.
 */
import type { Cents } from './money'
import type { MonthKey } from './dates'

/** A month by the end of which at least one valuation was recorded: its figures (0 is a real 0). */
export interface RecordedMonth {
  /** Paris calendar month, 'YYYY-MM'. */
  month: MonthKey
  netWorthCents: Cents
  grossAssetsCents: Cents
  liabilitiesCents: Cents
}

/** A month before the investor's first recorded value: no data — null, never 0 (decision 026). */
export interface UnrecordedMonth {
  month: MonthKey
  netWorthCents: null
  grossAssetsCents: null
  liabilitiesCents: null
}

export type NetWorthPoint = RecordedMonth | UnrecordedMonth

export const isRecorded = (point: NetWorthPoint): point is RecordedMonth => point.netWorthCents !== null

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
 * when either has no data (a first month is not a gain). A recorded 0 is data.
 *
 * Example: …, { '2026-10': 300 000,00 € }, { '2026-11': 319 350,00 € } → +19 350,00 € = 1 935 000 c.
 */
export function changeSinceLastMonth(points: readonly NetWorthPoint[]): Cents | null {
  if (points.length < 2) return null
  const previous = points[points.length - 2]!
  const last = points[points.length - 1]!
  if (!isRecorded(previous) || !isRecorded(last)) return null
  return last.netWorthCents - previous.netWorthCents
}

/**
 * The series from the first month with data: the months before the
 * investor's first recorded value are not drawn (a new investor's chart does
 * not start from 0 €). A single recorded month stays a single point.
 */
export function fromFirstRecordedMonth(points: readonly NetWorthPoint[]): NetWorthPoint[] {
  const first = points.findIndex(isRecorded)
  return first === -1 ? [] : points.slice(first)
}

import { roundHalfAwayFromZero } from '@atlas/shared/finance/money'

/**
 * A believable past for the demo assets, so the net-worth chart is not flat:
 * for each of the `months` months before this one, a value on the 15th
 * (10:00 UTC, the same day in Paris). Deterministic — no randomness, the
 * same seed gives the same chart. The current value is never touched.
 *
 * - Debts were higher before: the capital repaid each month is the current
 *   capital spread over its remaining term (mortgage 15 years, other 3).
 * - Assets grew at a yearly rate typical of the product, with a wobble for
 *   the volatile ones (equities, crypto, current account spending).
 * - Versements, when the asset has them, were lower by its monthly savings
 *   plan for each month back (none: the same as today), so the dashboard's
 *   12-month gain leaves that new money out (decision 030).
 */
const GROWTH: Record<string, { rate: number; wobble: number }> = {
  'current-account': { rate: 0, wobble: 0.12 },
  'livret-a': { rate: 0.08, wobble: 0 },
  ldds: { rate: 0.06, wobble: 0 },
  'life-insurance-unit-linked': { rate: 0.06, wobble: 0.025 },
  pea: { rate: 0.12, wobble: 0.04 },
  'securities-account': { rate: 0.1, wobble: 0.05 },
  crypto: { rate: 0.45, wobble: 0.15 },
  per: { rate: 0.1, wobble: 0.02 },
  scpi: { rate: 0.02, wobble: 0 },
  'main-home': { rate: 0.015, wobble: 0 },
  'rental-property': { rate: 0.015, wobble: 0 },
}
const TERM_MONTHS: Record<string, number> = { mortgage: 180 }

export type PastPoint = { valuedAt: string; valueCents: number; contributionsCents: number | null }

export function pastValuations(
  holding: { kind: 'asset' | 'liability'; category: string; valueCents: number; contributionsCents?: number; monthlyContributionCents?: number },
  now: Date,
  months = 11,
): PastPoint[] {
  const points: PastPoint[] = []
  for (let ago = months; ago >= 1; ago -= 1) {
    const valuedAt = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - ago, 15, 10)).toISOString()
    const contributionsCents =
      holding.contributionsCents === undefined ? null : holding.contributionsCents - ago * (holding.monthlyContributionCents ?? 0)
    points.push({ valuedAt, valueCents: valueMonthsAgo(holding, ago), contributionsCents })
  }
  return points
}

function valueMonthsAgo(holding: { kind: string; category: string; valueCents: number }, ago: number): number {
  if (holding.kind === 'liability') {
    const term = TERM_MONTHS[holding.category] ?? 36
    return roundHalfAwayFromZero(holding.valueCents * (1 + ago / term))
  }
  const { rate, wobble } = GROWTH[holding.category] ?? { rate: 0.02, wobble: 0 }
  const trend = 1 / (1 + (rate * ago) / 12)
  const swing = 1 + wobble * Math.sin(ago * 1.7 + holding.category.length)
  return roundHalfAwayFromZero(holding.valueCents * trend * swing)
}

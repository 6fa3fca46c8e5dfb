/**
 * Gain since opening, for the envelopes whose age matters (life insurance,
 * PEA, PEA-PME): the same latent gain as finance/performance.ts, dated by
 * the opening, and — for an envelope older than a year — an approximate
 * yearly rate (docs/decisions/030-performance-versus-contributions.md).
 */
import type { Category } from '../patrimony/categories'
import type { Cents } from './money'

export const SINCE_OPENING_CATEGORIES = ['life-insurance-euro', 'life-insurance-unit-linked', 'pea', 'pea-pme'] as const satisfies readonly Category[]

export const showsGainSinceOpening = (category: string): boolean =>
  (SINCE_OPENING_CATEGORIES as readonly string[]).includes(category)

const YEAR_MS = 365.25 * 24 * 60 * 60 * 1000

/**
 * The yearly rate that turns the versements into the value over the years
 * since opening, as if every versement had been paid on the opening day:
 * (value ÷ versements)^(1 ÷ years) − 1. Versements paid later had less time
 * to grow, so the true yearly return is higher than this figure: it is an
 * approximation, to be labelled so.
 *
 * Null when the envelope is less than a year old (a rate over months would
 * read as a promise), when versements are 0 or unknown, or the value is 0.
 *
 * Example: 72 000,00 € paid in, 85 500,00 € worth, opened 10 years ago →
 * (85 500 ÷ 72 000)^(1/10) − 1 = 1.1875^0.1 − 1 ≈ 0.0173 (1,7 % a year).
 */
export function approximateYearlyRate(
  valueCents: Cents,
  contributionsCents: Cents | null,
  openedAt: Date,
  now: Date,
): number | null {
  if (contributionsCents === null || contributionsCents <= 0 || valueCents <= 0) return null
  const years = (now.getTime() - openedAt.getTime()) / YEAR_MS
  if (!(years >= 1)) return null
  return (valueCents / contributionsCents) ** (1 / years) - 1
}

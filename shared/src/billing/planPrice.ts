/**
 * What a subscriber pays for a plan, as the choice page and "Mon abonnement"
 * show it. Plan prices are stored incl. VAT (TTC) in integer cents; the VAT
 * rate is in basis points (2000 = 20 %). The amount excl. VAT (HT) is derived,
 * rounded to the cent once: HT = TTC × 10 000 / (10 000 + rate).
 */
import { roundHalfAwayFromZero, type Cents } from '../finance/money'

export type BillingInterval = 'month' | 'year'

/** The French VAT rate most plans carry (20 %), when a plan names none. */
export const DEFAULT_VAT_RATE_BPS = 2000

/** TTC → HT for a rate in basis points: 2 900 at 20 % → 2 417 (2 900 / 1.2 = 2 416.67). */
export function priceExclVat(inclVatCents: Cents, vatRateBps: number = DEFAULT_VAT_RATE_BPS): Cents {
  if (!Number.isFinite(vatRateBps) || vatRateBps < 0) throw new RangeError(`vatRateBps must be ≥ 0, got ${vatRateBps}`)
  return roundHalfAwayFromZero((inclVatCents * 10_000) / (10_000 + vatRateBps))
}

/** The price per interval, TTC, of a plan; null when the plan has no such option (no yearly price). */
export function planPriceFor(
  plan: { monthlyPriceCents: number; yearlyPriceCents?: number | null },
  interval: BillingInterval,
): Cents | null {
  const cents = interval === 'month' ? plan.monthlyPriceCents : plan.yearlyPriceCents
  return typeof cents === 'number' && cents > 0 ? cents : null
}

/** The URL word of an interval (`periode=mois|an`) and back. */
export const INTERVAL_WORDS: Record<BillingInterval, 'mois' | 'an'> = { month: 'mois', year: 'an' }

export function intervalFromWord(word: string | null | undefined): BillingInterval | null {
  if (word === 'mois') return 'month'
  if (word === 'an') return 'year'
  return null
}

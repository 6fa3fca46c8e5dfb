/**
 * What a subscriber pays for a plan, as the choice page and "Mon abonnement"
 * show it. Plan prices are stored incl. VAT (TTC) in integer cents; the
 * amount excl. VAT is `fromInclVat(...).htCents` (./vat.ts).
 */
import type { Cents } from '../finance/money'
import { STANDARD_VAT_RATE_BPS } from './vat'

export type BillingInterval = 'month' | 'year'

/** The French VAT rate most plans carry (20 %), when a plan names none. */
export const DEFAULT_VAT_RATE_BPS = STANDARD_VAT_RATE_BPS

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

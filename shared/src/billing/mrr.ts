/**
 * Monthly recurring revenue of one subscription, in euro cents TTC: the
 * monthly amount, or a yearly amount ÷ 12 rounded to the cent. Only
 * subscriptions that pay count (active, past_due); trials and ended ones add 0.
 * The admin dashboard computes the same sum in SQL (cms/src/billing/billingFigures.ts).
 */
export const MRR_STATUSES = ['active', 'past_due'] as const

export const mrrCentsOf = (s: { status?: unknown; interval?: unknown; amountCents?: unknown }): number => {
  if (!(MRR_STATUSES as readonly unknown[]).includes(s.status)) return 0
  const amount = typeof s.amountCents === 'number' && Number.isFinite(s.amountCents) ? s.amountCents : 0
  return s.interval === 'year' ? Math.round(amount / 12) : amount
}

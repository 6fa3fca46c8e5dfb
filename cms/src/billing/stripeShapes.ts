import type Stripe from 'stripe'

/*
 * Reading what Atlas needs from Stripe objects (API version of the SDK,
 * 2026-11-18: the billing period sits on the subscription items, an
 * invoice names its subscription under `parent.subscription_details`).
 */

export const idOf = (value: string | { id: string } | null | undefined): string | null =>
  typeof value === 'string' ? value : (value?.id ?? null)

export const isoFromUnix = (seconds: number | null | undefined): string | null =>
  typeof seconds === 'number' && Number.isFinite(seconds) ? new Date(seconds * 1000).toISOString() : null

/** The subscription's one price (Atlas sells one plan per subscription). */
export const priceOf = (subscription: Stripe.Subscription): Stripe.Price | null => subscription.items?.data?.[0]?.price ?? null

export const currentPeriodEndOf = (subscription: Stripe.Subscription): number | null => {
  const ends = (subscription.items?.data ?? []).map((item) => item.current_period_end).filter((n) => typeof n === 'number')
  if (ends.length > 0) return Math.min(...ends)
  // Older API versions kept it on the subscription.
  const legacy = (subscription as unknown as { current_period_end?: number }).current_period_end
  return typeof legacy === 'number' ? legacy : null
}

export const subscriptionIdOfInvoice = (invoice: Stripe.Invoice): string | null =>
  idOf(invoice.parent?.subscription_details?.subscription) ??
  idOf((invoice as unknown as { subscription?: string | { id: string } | null }).subscription)

export const intervalOf = (price: Stripe.Price | null): 'month' | 'year' | null => {
  const interval: string | undefined = price?.recurring?.interval
  return interval === 'month' ? 'month' : interval === 'year' ? 'year' : null
}

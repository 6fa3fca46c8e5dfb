/** Stripe's subscription statuses, as stored on `subscriptions.status`. */
export const SUBSCRIPTION_STATUSES = [
  'incomplete',
  'incomplete_expired',
  'trialing',
  'active',
  'past_due',
  'canceled',
  'unpaid',
  'paused',
] as const
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number]

/** Statuses that give access (plus a cancellation that has not reached its period end: activeSubscription.ts). */
export const ACCESS_STATUSES: readonly SubscriptionStatus[] = ['trialing', 'active', 'past_due']

export const isSubscriptionStatus = (value: unknown): value is SubscriptionStatus =>
  typeof value === 'string' && (SUBSCRIPTION_STATUSES as readonly string[]).includes(value)

import type { Payload } from 'payload'

/** A session of the built-in demo checkout (no STRIPE_SECRET_KEY), kept in Payload's key-value store. */
export type DemoCheckout = {
  sessionId: string
  userId: number
  planId: number
  interval: 'month' | 'year'
  amountCents: number
  trialDays: number
  status: 'open' | 'complete' | 'expired'
  /** The Stripe-shaped subscription id the completion made. */
  subscriptionId: string | null
  createdAt: string
}

export const DEMO_SESSION_LIFETIME_MS = 24 * 3_600_000

const keyOf = (sessionId: string) => `billing:demo-checkout:${sessionId}`

export const saveDemoCheckout = (payload: Payload, checkout: DemoCheckout) => payload.kv.set(keyOf(checkout.sessionId), checkout)

/** The caller's own demo session; null for an unknown id or someone else's (both answer 404). */
export const demoCheckoutOf = async (payload: Payload, sessionId: string, userId: number): Promise<DemoCheckout | null> => {
  if (!/^cs_demo_[0-9a-f]{32}$/.test(sessionId)) return null
  const found = await payload.kv.get<DemoCheckout>(keyOf(sessionId))
  if (!found || found.userId !== userId) return null
  // Like Stripe's, an unpaid session expires after 24 hours.
  if (found.status === 'open' && Date.now() - new Date(found.createdAt).getTime() > DEMO_SESSION_LIFETIME_MS) return { ...found, status: 'expired' }
  return found
}

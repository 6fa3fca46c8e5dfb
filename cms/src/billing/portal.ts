import type { Payload } from 'payload'
import { env } from '../env'
import { activeSubscriptionOf } from './activeSubscription'
import { noStore, refuse, type BillingCaller } from './answers'
import { stripeCustomerOf } from './checkout'
import { isStripeFailure, stripeClient } from './stripeClient'

/**
 * POST /api/billing/portal: a Stripe Customer Portal session for the
 * caller's own Stripe customer (change plan, card, cancel), back to "Mon
 * abonnement"; in the demo, the built-in page /portail/abonnement/gerer.
 * No subscription: 404. Stripe failing: a French 503.
 */
export const openPortal = async (payload: Payload, caller: BillingCaller): Promise<Response> => {
  const stripe = stripeClient()
  if (!stripe) {
    if (!(await activeSubscriptionOf(payload, caller.id))) return refuse(404, caller.locale, 'errors.billing.noSubscription')
    return Response.json({ url: `${env.webUrl}/portail/abonnement/gerer` }, { headers: noStore })
  }
  const customer = await stripeCustomerOf(payload, caller.id)
  if (!customer) return refuse(404, caller.locale, 'errors.billing.noSubscription')
  try {
    const session = await stripe.billingPortal.sessions.create({ customer, return_url: `${env.webUrl}/portail/abonnement`, locale: caller.locale })
    return Response.json({ url: session.url }, { headers: noStore })
  } catch (error) {
    payload.logger.error(`[stripe] portal session failed: ${(error as Error).message}`)
    if (isStripeFailure(error)) return refuse(503, caller.locale, 'errors.billing.stripeUnavailable')
    throw error
  }
}

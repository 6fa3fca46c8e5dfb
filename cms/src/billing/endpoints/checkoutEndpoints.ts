import type { Endpoint } from 'payload'
import type { Subscription } from '@atlas/shared/payload-types'
import { investorOf, jsonBody, noStore, refuse } from '../answers'
import { startCheckout } from '../checkout'
import { demoCheckoutOf } from '../demo/demoCheckouts'
import { isStripeFailure, stripeClient } from '../stripeClient'
import { summaryOf } from '../subscriptionSummary'

/** POST /api/billing/checkout {planId, interval} — see billing/checkout.ts. */
export const checkoutEndpoint: Endpoint = {
  path: '/billing/checkout',
  method: 'post',
  handler: async (req) => {
    const caller = investorOf(req)
    if (caller instanceof Response) return caller
    return startCheckout(req.payload, caller, await jsonBody(req))
  },
}

const rowBySubscriptionId = async (req: Parameters<Endpoint['handler']>[0], stripeSubscriptionId: string | null) => {
  if (!stripeSubscriptionId) return null
  const found = await req.payload.find({
    collection: 'subscriptions',
    where: { stripeSubscriptionId: { equals: stripeSubscriptionId } },
    limit: 1,
    depth: 0,
    overrideAccess: false,
    user: req.user,
  })
  return (found.docs[0] as Subscription | undefined) ?? null
}

/**
 * GET /api/billing/checkout/:sessionId — where the caller's checkout stands,
 * from the real state (Stripe's session, or the demo's, and the subscription
 * row the webhook wrote), never from the confirmation page's query string.
 * Someone else's or an unknown session: 404.
 */
export const checkoutStatusEndpoint: Endpoint = {
  path: '/billing/checkout/:sessionId',
  method: 'get',
  handler: async (req) => {
    const caller = investorOf(req)
    if (caller instanceof Response) return caller
    const sessionId = String(req.routeParams?.sessionId ?? '')
    const stripe = stripeClient()
    let status: 'open' | 'complete' | 'expired'
    let subscriptionId: string | null
    if (!stripe) {
      const demo = await demoCheckoutOf(req.payload, sessionId, caller.id)
      if (!demo) return refuse(404, caller.locale, 'errors.billing.sessionNotFound')
      status = demo.status
      subscriptionId = demo.subscriptionId
    } else {
      if (!/^cs_[A-Za-z0-9_]{1,200}$/.test(sessionId)) return refuse(404, caller.locale, 'errors.billing.sessionNotFound')
      try {
        const session = await stripe.checkout.sessions.retrieve(sessionId)
        if (session.client_reference_id !== String(caller.id)) return refuse(404, caller.locale, 'errors.billing.sessionNotFound')
        const stripeStatus: string | null = session.status
        status = stripeStatus === 'complete' ? 'complete' : stripeStatus === 'expired' ? 'expired' : 'open'
        subscriptionId = typeof session.subscription === 'string' ? session.subscription : (session.subscription?.id ?? null)
      } catch (error) {
        if ((error as { statusCode?: number }).statusCode === 404) return refuse(404, caller.locale, 'errors.billing.sessionNotFound')
        if (isStripeFailure(error)) return refuse(503, caller.locale, 'errors.billing.stripeUnavailable')
        throw error
      }
    }
    const row = await rowBySubscriptionId(req, subscriptionId)
    return Response.json({ status, subscription: row ? await summaryOf(req.payload, row) : null }, { headers: noStore })
  },
}

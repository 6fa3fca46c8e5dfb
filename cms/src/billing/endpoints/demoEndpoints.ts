import type { Endpoint, PayloadRequest } from 'payload'
import type { Plan, Subscription } from '@atlas/shared/payload-types'
import { activeSubscriptionOf } from '../activeSubscription'
import { investorOf, jsonBody, noStore, refuse, type BillingCaller } from '../answers'
import { billingAddressFrom } from '../demo/demoBillingAddress'
import { demoCheckoutOf, saveDemoCheckout, type DemoCheckout } from '../demo/demoCheckouts'
import { demoCustomerFrom, saveDemoCustomer } from '../demo/demoCustomers'
import { demoPortalEvents } from '../demo/demoPortal'
import { runDemoEvents } from '../demo/runDemoEvents'
import { checkoutSessionObject, eventOf, invoiceObject, newDemoSubscription } from '../demo/stripeObjects'
import { isDemoBilling } from '../stripeClient'
import { summaryOf } from '../subscriptionSummary'

/*
 * The demo checkout and portal (only without STRIPE_SECRET_KEY; 404 with
 * real keys). Each step builds the events Stripe would send, signs them and
 * runs them through the real webhook handler (demo/runDemoEvents.ts).
 */

type Handler = (req: PayloadRequest, caller: BillingCaller) => Promise<Response>

const demoOnly = (handler: Handler) => async (req: PayloadRequest) => {
  const caller = investorOf(req)
  if (caller instanceof Response) return caller
  if (!isDemoBilling()) return refuse(404, caller.locale, 'errors.billing.demoOnly')
  return handler(req, caller)
}

const sessionOf = async (req: PayloadRequest, caller: BillingCaller): Promise<DemoCheckout | Response> => {
  const checkout = await demoCheckoutOf(req.payload, String(req.routeParams?.sessionId ?? ''), caller.id)
  return checkout ?? refuse(404, caller.locale, 'errors.billing.sessionNotFound')
}

/** GET /api/billing/demo/checkout/:sessionId — what the demo checkout page shows. */
export const demoCheckoutEndpoint: Endpoint = {
  path: '/billing/demo/checkout/:sessionId',
  method: 'get',
  handler: demoOnly(async (req, caller) => {
    const checkout = await sessionOf(req, caller)
    if (checkout instanceof Response) return checkout
    const plan = (await req.payload.findByID({ collection: 'plans', id: checkout.planId, depth: 0, overrideAccess: true, disableErrors: true })) as Plan | null
    return Response.json(
      {
        sessionId: checkout.sessionId,
        status: checkout.status,
        plan: plan ? { id: plan.id, name: plan.name } : null,
        interval: checkout.interval,
        amountCents: checkout.amountCents,
        trialDays: checkout.trialDays,
      },
      { headers: noStore },
    )
  }),
}

/**
 * POST /api/billing/demo/checkout/:sessionId/complete {billingAddress} — "Payer" on the demo page: no
 * charge, real events. Like Stripe Checkout, it needs the billing address (400 at `billingAddress.<field>`,
 * nothing created); it is remembered for the demo customer and named on every demo invoice.
 */
export const demoCompleteEndpoint: Endpoint = {
  path: '/billing/demo/checkout/:sessionId/complete',
  method: 'post',
  handler: demoOnly(async (req, caller) => {
    const checkout = await sessionOf(req, caller)
    if (checkout instanceof Response) return checkout
    if (checkout.status === 'expired') return refuse(409, caller.locale, 'errors.billing.sessionClosed')
    if (checkout.status === 'open') {
      const address = billingAddressFrom(caller.locale, (await jsonBody(req)).billingAddress)
      if (await activeSubscriptionOf(req.payload, caller.id)) return refuse(409, caller.locale, 'errors.billing.alreadySubscribed')
      const customer = demoCustomerFrom(caller.id, caller.name, address)
      await saveDemoCustomer(req.payload, customer)
      const state = newDemoSubscription(checkout)
      const events = [eventOf('checkout.session.completed', checkoutSessionObject(checkout.sessionId, state))]
      if (state.status === 'active') {
        events.push(eventOf('invoice.paid', invoiceObject(state, { paid: true, periodStart: state.startDate, periodEnd: state.currentPeriodEnd, customer })))
      }
      await runDemoEvents(req.payload, events)
      checkout.status = 'complete'
      checkout.subscriptionId = state.id
      await saveDemoCheckout(req.payload, checkout)
    }
    const row = await activeSubscriptionOf(req.payload, caller.id)
    return Response.json({ status: checkout.status, subscription: row ? await summaryOf(req.payload, row) : null }, { headers: noStore })
  }),
}

/** POST /api/billing/demo/checkout/:sessionId/cancel — "Annuler" on the demo page: the session expires, nothing else. */
export const demoCancelEndpoint: Endpoint = {
  path: '/billing/demo/checkout/:sessionId/cancel',
  method: 'post',
  handler: demoOnly(async (req, caller) => {
    const checkout = await sessionOf(req, caller)
    if (checkout instanceof Response) return checkout
    if (checkout.status === 'complete') return refuse(409, caller.locale, 'errors.billing.sessionClosed')
    checkout.status = 'expired'
    await saveDemoCheckout(req.payload, checkout)
    return Response.json({ status: checkout.status, subscription: null }, { headers: noStore })
  }),
}

/** POST /api/billing/demo/portal {action, planId?, interval?, billingAddress? (update-card)} — the demo's Customer Portal (demo/demoPortal.ts). */
export const demoPortalEndpoint: Endpoint = {
  path: '/billing/demo/portal',
  method: 'post',
  handler: demoOnly(async (req, caller) => {
    const row = await activeSubscriptionOf(req.payload, caller.id)
    if (!row) return refuse(404, caller.locale, 'errors.billing.noSubscription')
    const events = await demoPortalEvents(req.payload, caller.locale, row, await jsonBody(req))
    await runDemoEvents(req.payload, events)
    const after = (await req.payload.findByID({ collection: 'subscriptions', id: row.id, depth: 0, overrideAccess: true })) as Subscription
    return Response.json({ subscription: await summaryOf(req.payload, after) }, { headers: noStore })
  }),
}


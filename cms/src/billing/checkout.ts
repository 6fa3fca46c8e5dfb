import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import type { Subscription } from '@atlas/shared/payload-types'
import { env } from '../env'
import { activeSubscriptionOf } from './activeSubscription'
import { refuse, type BillingCaller } from './answers'
import { chosenPlan } from './chosenPlan'
import { saveDemoCheckout } from './demo/demoCheckouts'
import { isStripeFailure, stripeClient } from './stripeClient'

/** The id of the Stripe customer this investor already has (a past subscription), if any. */
export const stripeCustomerOf = async (payload: Payload, userId: number): Promise<string | null> => {
  const found = await payload.find({
    collection: 'subscriptions',
    where: { and: [{ customer: { equals: userId } }, { stripeCustomerId: { exists: true } }] },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: { stripeCustomerId: true },
  })
  return (found.docs[0] as Pick<Subscription, 'stripeCustomerId'> | undefined)?.stripeCustomerId ?? null
}

/**
 * POST /api/billing/checkout: a Checkout session (subscription mode, the
 * plan's trial) for the signed-in investor. Nothing is written in Atlas
 * before Stripe answers: a failure or timeout is a French 503 and leaves no
 * trace; the subscription row comes from the webhook. In the demo, a
 * session of the built-in checkout page (/paiement-demo/:id).
 */
export const startCheckout = async (payload: Payload, caller: BillingCaller, body: Record<string, unknown>): Promise<Response> => {
  const { locale } = caller
  const chosen = await chosenPlan(payload, locale, body)
  if (await activeSubscriptionOf(payload, caller.id)) return refuse(409, locale, 'errors.billing.alreadySubscribed')

  const stripe = stripeClient()
  if (!stripe) {
    const sessionId = `cs_demo_${randomBytes(16).toString('hex')}`
    await saveDemoCheckout(payload, {
      sessionId,
      userId: caller.id,
      planId: chosen.plan.id,
      interval: chosen.interval,
      amountCents: chosen.amountCents,
      trialDays: chosen.trialDays,
      status: 'open',
      subscriptionId: null,
      createdAt: new Date().toISOString(),
    })
    return Response.json({ url: `${env.webUrl}/paiement-demo/${sessionId}`, sessionId })
  }

  const stripePrices = chosen.plan.stripe
  const priceId = chosen.interval === 'month' ? stripePrices?.monthlyPriceId : stripePrices?.yearlyPriceId
  const priceCents = chosen.interval === 'month' ? stripePrices?.monthlyPriceCents : stripePrices?.yearlyPriceCents
  if (!priceId || priceCents !== chosen.amountCents) {
    payload.logger.warn(`[stripe] checkout refused: plan ${chosen.plan.id} has no synced ${chosen.interval} price`)
    return refuse(503, locale, 'errors.billing.planNotSynced')
  }
  const customer = await stripeCustomerOf(payload, caller.id)
  const metadata = { userId: String(caller.id), planId: String(chosen.plan.id), interval: chosen.interval }
  try {
    const session = await stripe.checkout.sessions.create({
      mode: 'subscription',
      line_items: [{ price: priceId, quantity: 1 }],
      client_reference_id: String(caller.id),
      ...(customer ? { customer, customer_update: { address: 'auto' as const } } : { customer_email: caller.email }),
      // A French invoice names the buyer's address (docs/decisions/035-invoices.md): Checkout asks for it.
      billing_address_collection: 'required',
      subscription_data: { metadata, ...(chosen.trialDays > 0 ? { trial_period_days: chosen.trialDays } : {}) },
      metadata,
      locale: locale === 'en' ? 'en' : 'fr',
      success_url: `${env.webUrl}/portail/abonnement/confirmation?session={CHECKOUT_SESSION_ID}`,
      cancel_url: `${env.webUrl}/tarifs`,
    })
    if (!session.url) throw new Error(`Stripe returned session ${session.id} without a url`)
    return Response.json({ url: session.url, sessionId: session.id })
  } catch (error) {
    payload.logger.error(`[stripe] checkout session failed: ${(error as Error).message}`)
    if (isStripeFailure(error)) return refuse(503, locale, 'errors.billing.stripeUnavailable')
    throw error
  }
}

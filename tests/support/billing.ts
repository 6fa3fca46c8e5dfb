import type Stripe from 'stripe'
import type { Plan, Subscription } from '@atlas/shared/payload-types'
import { eventOf } from '../../cms/src/billing/demo/stripeObjects'
import { signStripePayload } from '../../cms/src/billing/stripeClient'
import { testEnv } from './env'
import { testPayload } from './payload'

let planSeq = 0

/** What the demo checkout's "Payer" sends, as a buyer would type it (Stripe Checkout asks the same). */
export const DEMO_BILLING_ADDRESS = { line1: '12 rue de la Roquette', postalCode: '75011', city: 'Paris', country: 'FR' }

/** A published paying plan of its own (the seeded ones are shared with other files). */
export const createPlan = async (extra: Partial<Plan> = {}): Promise<Plan> => {
  const payload = await testPayload()
  return (await payload.create({
    collection: 'plans',
    overrideAccess: true,
    data: {
      name: `Offre test ${Date.now().toString(36)}${++planSeq}`,
      monthlyPriceCents: 1900,
      yearlyPriceCents: 19_000,
      features: [{ text: 'Tout' }],
      _status: 'published',
      ...extra,
    } as never,
  })) as Plan
}

export type WebhookCall = { status: number; body: any }

/** POST /api/stripe/webhook over real HTTP with a given raw body and Stripe-Signature (or none). */
export const postWebhook = async (raw: string, signature?: string | null): Promise<WebhookCall> => {
  const response = await fetch(`${testEnv.cmsUrl}/api/stripe/webhook`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(signature ? { 'Stripe-Signature': signature } : {}) },
    body: raw,
  })
  return { status: response.status, body: await response.json().catch(() => null) }
}

/**
 * Sends one event as Stripe would: JSON body signed with the server's
 * STRIPE_WEBHOOK_SECRET (`stripe.webhooks.generateTestHeaderString`; npm test
 * gives the servers and this process the same generated secret).
 */
export const sendEvent = async (event: Stripe.Event): Promise<WebhookCall & { raw: string }> => {
  const raw = JSON.stringify(event)
  return { ...(await postWebhook(raw, signStripePayload(raw))), raw }
}

export const newEvent = (type: string, object: unknown, created?: number) => eventOf(type, object, created)

export const subscriptionRow = async (stripeSubscriptionId: string): Promise<Subscription | null> => {
  const payload = await testPayload()
  const found = await payload.find({ collection: 'subscriptions', where: { stripeSubscriptionId: { equals: stripeSubscriptionId } }, overrideAccess: true, depth: 0 })
  return (found.docs[0] as Subscription | undefined) ?? null
}

export const stripeEventRows = async (eventId: string) => {
  const payload = await testPayload()
  return (await payload.find({ collection: 'stripe-events', where: { eventId: { equals: eventId } }, overrideAccess: true, depth: 0 })).docs
}

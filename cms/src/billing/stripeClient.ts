import Stripe from 'stripe'
import { env } from '../env'

/*
 * The only module that imports the Stripe SDK (docs/decisions/034-billing-stripe.md).
 * Tests reach Stripe's default host (api.stripe.com) and msw answers it in
 * the test process (mocks/stripe.ts).
 */

let client: Stripe | null | undefined

/** The Stripe client, or null without STRIPE_SECRET_KEY: the demo mode (no Stripe call anywhere). */
export const stripeClient = (): Stripe | null => {
  if (client !== undefined) return client
  client = env.stripeSecretKey
    ? new Stripe(env.stripeSecretKey, {
        // The fetch client: STRIPE_TIMEOUT_MS bounds the whole call (Node's client resets it at each stage).
        httpClient: Stripe.createFetchHttpClient(),
        timeout: env.stripeTimeoutMs,
        // A request the user waits on fails fast into a French 503; webhooks and jobs are retried by their own means.
        maxNetworkRetries: 0,
        appInfo: { name: 'Atlas' },
      })
    : null
  return client
}

/** True when billing runs on the built-in demo checkout (no STRIPE_SECRET_KEY). */
export const isDemoBilling = (): boolean => stripeClient() === null

/** Verifies a webhook's signature on its raw body; throws on a missing, forged or too old one. */
export const verifiedStripeEvent = (rawBody: string, signature: string | null): Stripe.Event => {
  if (!signature) throw new Error('No Stripe-Signature header')
  return Stripe.webhooks.constructEvent(rawBody, signature, env.stripeWebhookSecret)
}

/** A Stripe-Signature header for `rawBody`, as Stripe would send it (demo events, tests). */
export const signStripePayload = (rawBody: string, secret = env.stripeWebhookSecret): string =>
  Stripe.webhooks.generateTestHeaderString({ payload: rawBody, secret })

/** A failure worth a French 503: Stripe unreachable, slow, 5xx or refusing our request. */
export const isStripeFailure = (error: unknown): boolean => error instanceof Stripe.errors.StripeError

export type { Stripe }

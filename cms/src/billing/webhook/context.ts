import type { Payload, PayloadRequest } from 'payload'
import type Stripe from 'stripe'

/** What every event effect gets: the event, and the request carrying the webhook's transaction. */
export type WebhookContext = {
  payload: Payload
  /** Pass it to every Local API call: the effect and the stripe-events row commit or roll back together. */
  req: PayloadRequest
  event: Stripe.Event
  /** The Stripe client, or null in the demo. */
  stripe: Stripe | null
}

/** What became of one event, recorded on its stripe-events row. */
export type EffectOutcome = { outcome: 'applied' | 'ignored' | 'stale'; note?: string }

export const applied = (note?: string): EffectOutcome => ({ outcome: 'applied', note })
export const ignored = (note: string): EffectOutcome => ({ outcome: 'ignored', note })
export const stale = (note: string): EffectOutcome => ({ outcome: 'stale', note })

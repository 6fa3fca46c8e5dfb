import type { Payload } from 'payload'
import type Stripe from 'stripe'
import { signStripePayload } from '../stripeClient'
import { handleStripeWebhook, type WebhookAnswer } from '../webhook/handleStripeWebhook'

/**
 * The demo's events go through the same handler as POST /api/stripe/webhook,
 * signed locally with STRIPE_WEBHOOK_SECRET exactly as Stripe signs them.
 * Stops at the first event the handler does not accept.
 */
export const runDemoEvents = async (payload: Payload, events: Stripe.Event[]): Promise<WebhookAnswer[]> => {
  const answers: WebhookAnswer[] = []
  for (const event of events) {
    const raw = JSON.stringify(event)
    const answer = await handleStripeWebhook(payload, raw, signStripePayload(raw))
    answers.push(answer)
    if (answer.status !== 200) throw new Error(`demo event ${event.type} answered ${answer.status}`)
  }
  return answers
}

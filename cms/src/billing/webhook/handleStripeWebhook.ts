import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import type Stripe from 'stripe'
import { translate, type Locale } from '@atlas/shared/i18n'
import { stripeClient, verifiedStripeEvent } from '../stripeClient'
import { ignored, type EffectOutcome, type WebhookContext } from './context'
import { onChargeRefunded, onInvoicePaid, onInvoicePaymentFailed } from './invoiceEffects'
import { applySubscription, onCheckoutCompleted } from './subscriptionEffects'

export type WebhookAnswer = { status: number; body: Record<string, unknown> }

const applyEvent = async (ctx: WebhookContext): Promise<EffectOutcome> => {
  const { event } = ctx
  switch (event.type) {
    case 'checkout.session.completed':
      return onCheckoutCompleted(ctx, event.data.object)
    case 'customer.subscription.created':
    case 'customer.subscription.updated':
    case 'customer.subscription.deleted':
      return applySubscription(ctx, event.data.object)
    case 'invoice.paid':
      return onInvoicePaid(ctx, event.data.object)
    case 'invoice.payment_failed':
      return onInvoicePaymentFailed(ctx, event.data.object)
    case 'charge.refunded':
      return onChargeRefunded(ctx, event.data.object)
    default:
      return ignored(`event type ${event.type} not handled`)
  }
}

const alreadyHandled = async (payload: Payload, eventId: string, req?: WebhookContext['req']) =>
  (
    await payload.find({ collection: 'stripe-events', where: { eventId: { equals: eventId } }, limit: 1, depth: 0, overrideAccess: true, req })
  ).docs.length > 0

/**
 * The one Stripe webhook handler: POST /api/stripe/webhook and the demo's
 * locally signed events both end here (docs/decisions/034-billing-stripe.md).
 * 1. The signature is checked on the raw body (STRIPE_WEBHOOK_SECRET): 400, nothing read, when missing or forged.
 * 2. In one transaction: an event id already in stripe-events changes nothing (a replay);
 *    otherwise its effect runs and its stripe-events row is written — both or neither
 *    (a concurrent second delivery fails on the unique eventId and rolls back).
 * 3. Unknown price, customer or subscription: logged, recorded "ignored", 200 (Stripe stops retrying).
 * A failure of ours answers 500: Stripe retries the event later.
 */
export const handleStripeWebhook = async (
  payload: Payload,
  rawBody: string,
  signature: string | null,
  locale: Locale = 'fr',
): Promise<WebhookAnswer> => {
  let event: Stripe.Event
  try {
    event = verifiedStripeEvent(rawBody, signature)
  } catch (error) {
    payload.logger.info(`[stripe] webhook refused: ${(error as Error).message.split('\n')[0]}`)
    return { status: 400, body: { errors: [{ message: translate(locale, 'errors.billing.signature') }] } }
  }

  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    if (await alreadyHandled(payload, event.id, req)) {
      await commitTransaction(req)
      return { status: 200, body: { received: true, duplicate: true } }
    }
    const result = await applyEvent({ payload, req, event, stripe: stripeClient() })
    await payload.create({
      collection: 'stripe-events',
      data: { eventId: event.id, type: event.type, livemode: event.livemode, outcome: result.outcome, note: result.note?.slice(0, 500) },
      overrideAccess: true,
      depth: 0,
      req,
    })
    await commitTransaction(req)
    const line = `[stripe] ${event.type} ${event.id}: ${result.outcome}${result.note ? ` (${result.note})` : ''}`
    if (result.outcome === 'applied') payload.logger.info(line)
    else payload.logger.warn(line)
    return { status: 200, body: { received: true, outcome: result.outcome } }
  } catch (error) {
    await killTransaction(req)
    if (await alreadyHandled(payload, event.id).catch(() => false)) {
      return { status: 200, body: { received: true, duplicate: true } }
    }
    payload.logger.error(`[stripe] ${event.type} ${event.id} failed: ${(error as Error).stack ?? error}`)
    return { status: 500, body: { errors: [{ message: translate(locale, 'errors.billing.webhookFailed') }] } }
  }
}

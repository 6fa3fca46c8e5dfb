import type { Endpoint } from 'payload'
import { requestLocale } from '../../i18n/requestLocale'
import { handleStripeWebhook } from '../webhook/handleStripeWebhook'

/**
 * POST /api/stripe/webhook — Stripe's events. The signature is checked on
 * the raw body as received (`req.text()`: nothing parsed it before), so no
 * account or token is involved: the signature is the access rule.
 */
export const stripeWebhookEndpoint: Endpoint = {
  path: '/stripe/webhook',
  method: 'post',
  handler: async (req) => {
    const raw = req.text ? await req.text() : ''
    const answer = await handleStripeWebhook(req.payload, raw, req.headers.get('stripe-signature'), requestLocale(req))
    return Response.json(answer.body, { status: answer.status, headers: { 'cache-control': 'no-store' } })
  },
}

import type { Endpoint } from 'payload'
import type { Invoice } from '@atlas/shared/payload-types'
import { env } from '../../env'
import { requestLocale } from '../../i18n/requestLocale'
import { activeSubscriptionOf } from '../activeSubscription'
import { investorOf, noStore, refuse } from '../answers'
import { stripeCustomerOf } from '../checkout'
import { isStripeFailure, stripeClient } from '../stripeClient'
import { summaryOf } from '../subscriptionSummary'

/**
 * GET /api/billing/subscription — "Mon abonnement": the caller's current
 * subscription (null without one) and their invoices, read with the
 * caller's own access (invoices: the customer's own).
 */
export const subscriptionEndpoint: Endpoint = {
  path: '/billing/subscription',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return refuse(401, requestLocale(req), 'errors.billing.signIn')
    const current = await activeSubscriptionOf(req.payload, req.user.id)
    const invoices = await req.payload.find({
      collection: 'invoices',
      where: { customer: { equals: req.user.id } },
      sort: '-issuedAt',
      limit: 50,
      depth: 0,
      overrideAccess: false,
      user: req.user,
    })
    return Response.json(
      {
        subscription: current ? await summaryOf(req.payload, current) : null,
        invoices: invoices.docs.map((doc) => {
          const invoice = doc as Invoice & { kind?: string | null }
          return {
            id: invoice.id,
            number: invoice.number ?? null,
            issuedAt: invoice.issuedAt ?? null,
            totalInclVatCents: invoice.totalInclVatCents ?? null,
            kind: invoice.kind ?? 'invoice',
            pdfUrl: `/portail/abonnement/factures/${invoice.id}/pdf`,
          }
        }),
      },
      { headers: noStore },
    )
  },
}

/**
 * POST /api/billing/portal — a Stripe Customer Portal session for the
 * caller's Stripe customer (change plan, card, cancel); in the demo, the
 * built-in page /portail/abonnement/gerer.
 */
export const portalEndpoint: Endpoint = {
  path: '/billing/portal',
  method: 'post',
  handler: async (req) => {
    const caller = investorOf(req)
    if (caller instanceof Response) return caller
    const stripe = stripeClient()
    if (!stripe) {
      if (!(await activeSubscriptionOf(req.payload, caller.id))) return refuse(404, caller.locale, 'errors.billing.noSubscription')
      return Response.json({ url: `${env.webUrl}/portail/abonnement/gerer` }, { headers: noStore })
    }
    const customer = await stripeCustomerOf(req.payload, caller.id)
    if (!customer) return refuse(404, caller.locale, 'errors.billing.noSubscription')
    try {
      const session = await stripe.billingPortal.sessions.create({ customer, return_url: `${env.webUrl}/portail/abonnement`, locale: caller.locale })
      return Response.json({ url: session.url }, { headers: noStore })
    } catch (error) {
      req.payload.logger.error(`[stripe] portal session failed: ${(error as Error).message}`)
      if (isStripeFailure(error)) return refuse(503, caller.locale, 'errors.billing.stripeUnavailable')
      throw error
    }
  },
}

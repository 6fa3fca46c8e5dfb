import type { Endpoint } from 'payload'
import type { Invoice } from '@atlas/shared/payload-types'
import { requestLocale } from '../../i18n/requestLocale'
import { activeSubscriptionOf } from '../activeSubscription'
import { investorOf, noStore, refuse } from '../answers'
import { openPortal } from '../portal'
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

/** POST /api/billing/portal — see billing/portal.ts. */
export const portalEndpoint: Endpoint = {
  path: '/billing/portal',
  method: 'post',
  handler: async (req) => {
    const caller = investorOf(req)
    if (caller instanceof Response) return caller
    return openPortal(req.payload, caller)
  },
}

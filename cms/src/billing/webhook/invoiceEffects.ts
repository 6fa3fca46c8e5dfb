import type Stripe from 'stripe'
import type { Plan, Subscription, User } from '@atlas/shared/payload-types'
import { translate } from '@atlas/shared/i18n'
import { paymentIssueMail } from '../../email/templates'
import { issueCreditNoteForRefund, issueInvoiceForStripeInvoice } from '../../invoices/fromStripe'
import { notify } from '../../notifications/notify'
import { isoFromUnix, subscriptionIdOfInvoice } from '../stripeShapes'
import { applied, ignored, stale, type EffectOutcome, type WebhookContext } from './context'
import { applySubscription, isStale, subscriptionRowOf } from './subscriptionEffects'

const customerIdOf = (row: Subscription): number => (typeof row.customer === 'object' ? row.customer.id : row.customer)

const planNameOf = async (ctx: WebhookContext, row: Subscription): Promise<string> => {
  if (row.plan && typeof row.plan === 'object') return row.plan.name
  if (!row.plan) return 'Atlas'
  const plan = (await ctx.payload.findByID({ collection: 'plans', id: row.plan, depth: 0, overrideAccess: true, disableErrors: true, req: ctx.req })) as Plan | null
  return plan?.name ?? 'Atlas'
}

/** The subscription row and its (still existing) customer, or why the event changes nothing. */
const subscriberOf = async (ctx: WebhookContext, invoice: Stripe.Invoice): Promise<{ row: Subscription; user: User } | EffectOutcome> => {
  const subscriptionId = subscriptionIdOfInvoice(invoice)
  let row = await subscriptionRowOf(ctx, subscriptionId)
  // With Stripe, a first invoice may arrive before its subscription's events: read the subscription first.
  if (!row && subscriptionId && ctx.stripe) {
    const recorded = await applySubscription(ctx, await ctx.stripe.subscriptions.retrieve(subscriptionId))
    if (recorded.outcome !== 'applied') return recorded
    row = await subscriptionRowOf(ctx, subscriptionId)
  }
  if (!row) return ignored(`unknown subscription for invoice ${invoice.id}`)
  const user = (await ctx.payload.findByID({ collection: 'users', id: customerIdOf(row), depth: 0, overrideAccess: true, disableErrors: true, req: ctx.req })) as User | null
  if (!user) return ignored(`customer of subscription ${row.id} no longer exists`)
  return { row, user }
}

/**
 * invoice.paid: the payment issue is over (paymentFailedAt cleared, unless a
 * later event was applied already) and Atlas issues its own invoice for it
 * (cms/src/invoices/fromStripe.ts), in the webhook's transaction.
 */
export const onInvoicePaid = async (ctx: WebhookContext, stripeInvoice: Stripe.Invoice): Promise<EffectOutcome> => {
  const found = await subscriberOf(ctx, stripeInvoice)
  if ('outcome' in found) return found
  const { row } = found
  if (!isStale(ctx, row)) {
    await ctx.payload.update({
      collection: 'subscriptions',
      id: row.id,
      data: { paymentFailedAt: null, stripeEventCreated: ctx.event.created },
      overrideAccess: true,
      depth: 0,
      req: ctx.req,
    })
  }
  // Every paid Stripe invoice gets its Atlas invoice, even when it arrives after later events.
  const issued = await issueInvoiceForStripeInvoice(ctx.payload, {
    stripeInvoice,
    customerId: customerIdOf(row),
    planName: await planNameOf(ctx, row),
    req: ctx.req,
  })
  return applied(issued ? `invoice ${issued.id} issued` : 'paid; no Atlas invoice issued')
}

/**
 * invoice.payment_failed: paymentFailedAt is set (the portal's banner), the
 * "payment issue" mail is queued in the outbox and an in-app notification
 * created — once per invoice attempt, in the webhook's transaction.
 */
export const onInvoicePaymentFailed = async (ctx: WebhookContext, invoice: Stripe.Invoice): Promise<EffectOutcome> => {
  const found = await subscriberOf(ctx, invoice)
  if ('outcome' in found) return found
  const { row, user } = found
  if (isStale(ctx, row)) return stale(`payment failure older than the last applied event`)
  await ctx.payload.update({
    collection: 'subscriptions',
    id: row.id,
    data: { paymentFailedAt: isoFromUnix(ctx.event.created), stripeEventCreated: ctx.event.created },
    overrideAccess: true,
    depth: 0,
    req: ctx.req,
  })
  const amountCents = invoice.amount_due ?? row.amountCents ?? 0
  const plan = await planNameOf(ctx, row)
  const amount = (locale: 'fr' | 'en') =>
    new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'fr-FR', { style: 'currency', currency: 'EUR' }).format(amountCents / 100)
  await notify(ctx.payload, {
    user: user.id,
    event: 'paymentFailed',
    title: (locale) => translate(locale, 'billing.notification.paymentFailed.title'),
    body: (locale) => translate(locale, 'billing.notification.paymentFailed.body', { amount: amount(locale), plan }),
    link: '/portail/abonnement',
    email: (locale) =>
      paymentIssueMail(locale, { name: user.name ?? '', amountCents, invoiceNumber: invoice.number ?? invoice.id ?? '', link: '/portail/abonnement' }),
    dedupeKey: `payment-failed:${invoice.id}:${invoice.attempt_count ?? 0}`,
    req: ctx.req,
  })
  return applied(`payment failed on subscription ${row.id}`)
}

/** charge.refunded: Atlas issues a credit note (avoir) for the refunded amount (cms/src/invoices/fromStripe.ts). */
export const onChargeRefunded = async (ctx: WebhookContext, charge: Stripe.Charge): Promise<EffectOutcome> => {
  const note = await issueCreditNoteForRefund(ctx.payload, { charge, req: ctx.req })
  return note ? applied(`credit note ${note.id} issued`) : ignored(`no Atlas invoice to credit for charge ${charge.id}`)
}

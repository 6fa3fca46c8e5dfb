import { randomBytes } from 'node:crypto'
import type Stripe from 'stripe'
import type { DemoCustomer } from './demoCustomers'

/*
 * Stripe-shaped objects for the demo (and tests): just the fields Atlas
 * reads, in the SDK's API version, cast to the SDK types. The demo builds
 * them, signs them and runs them through the webhook handler.
 */

const token = () => randomBytes(12).toString('hex')
export const nowSeconds = () => Math.floor(Date.now() / 1000)
const DAY = 86_400

/** The end of a period that starts at `from` (unix seconds): one calendar month or year later. */
export const periodEndFrom = (from: number, interval: 'month' | 'year'): number => {
  const date = new Date(from * 1000)
  if (interval === 'month') date.setUTCMonth(date.getUTCMonth() + 1)
  else date.setUTCFullYear(date.getUTCFullYear() + 1)
  return Math.floor(date.getTime() / 1000)
}

export type DemoSubscriptionState = {
  id: string
  customerId: string
  userId: number
  planId: number
  interval: 'month' | 'year'
  amountCents: number
  status: Stripe.Subscription.Status
  startDate: number
  currentPeriodEnd: number
  trialEnd: number | null
  cancelAtPeriodEnd: boolean
  canceledAt: number | null
}

export const demoPrice = (planId: number, interval: 'month' | 'year', amountCents: number): Stripe.Price =>
  ({
    id: `price_demo_${planId}_${interval}_${amountCents}`,
    object: 'price',
    product: `prod_demo_${planId}`,
    unit_amount: amountCents,
    currency: 'eur',
    recurring: { interval, interval_count: 1 },
    metadata: { planId: String(planId) },
  }) as unknown as Stripe.Price

export const newDemoSubscription = (args: { userId: number; planId: number; interval: 'month' | 'year'; amountCents: number; trialDays: number }): DemoSubscriptionState => {
  const start = nowSeconds()
  const trialEnd = args.trialDays > 0 ? start + args.trialDays * DAY : null
  return {
    id: `sub_demo_${token()}`,
    customerId: `cus_demo_${args.userId}`,
    userId: args.userId,
    planId: args.planId,
    interval: args.interval,
    amountCents: args.amountCents,
    status: trialEnd ? 'trialing' : 'active',
    startDate: start,
    currentPeriodEnd: trialEnd ?? periodEndFrom(start, args.interval),
    trialEnd,
    cancelAtPeriodEnd: false,
    canceledAt: null,
  }
}

export const subscriptionObject = (s: DemoSubscriptionState): Stripe.Subscription =>
  ({
    id: s.id,
    object: 'subscription',
    customer: s.customerId,
    status: s.status,
    start_date: s.startDate,
    trial_end: s.trialEnd,
    cancel_at_period_end: s.cancelAtPeriodEnd,
    canceled_at: s.canceledAt,
    livemode: false,
    metadata: { userId: String(s.userId), planId: String(s.planId), interval: s.interval },
    items: {
      object: 'list',
      data: [{ id: `si_${s.id}`, object: 'subscription_item', price: demoPrice(s.planId, s.interval, s.amountCents), quantity: 1, current_period_end: s.currentPeriodEnd }],
    },
  }) as unknown as Stripe.Subscription

/** A demo invoice; `customer` (the demo checkout's name and address) becomes the invoice's buyer, as Stripe's customer_name / customer_address. */
export const invoiceObject = (
  s: DemoSubscriptionState,
  args: { paid: boolean; periodStart: number; periodEnd: number; attempt?: number; customer?: DemoCustomer | null },
): Stripe.Invoice =>
  ({
    id: `in_demo_${token()}`,
    object: 'invoice',
    number: `DEMO-${token().slice(0, 8).toUpperCase()}`,
    customer: s.customerId,
    customer_name: args.customer?.name ?? null,
    customer_address: args.customer ? { ...args.customer.address } : null,
    currency: 'eur',
    status: args.paid ? 'paid' : 'open',
    amount_due: s.amountCents,
    amount_paid: args.paid ? s.amountCents : 0,
    amount_remaining: args.paid ? 0 : s.amountCents,
    total: s.amountCents,
    attempt_count: args.attempt ?? 1,
    created: nowSeconds(),
    period_start: args.periodStart,
    period_end: args.periodEnd,
    status_transitions: { paid_at: args.paid ? nowSeconds() : null },
    parent: { type: 'subscription_details', subscription_details: { subscription: s.id, metadata: { planId: String(s.planId) } } },
    lines: {
      object: 'list',
      data: [
        {
          id: `il_demo_${token()}`,
          object: 'line_item',
          amount: s.amountCents,
          currency: 'eur',
          quantity: 1,
          period: { start: args.periodStart, end: args.periodEnd },
          pricing: { price_details: { price: demoPrice(s.planId, s.interval, s.amountCents).id } },
        },
      ],
    },
    livemode: false,
  }) as unknown as Stripe.Invoice

export const checkoutSessionObject = (sessionId: string, s: DemoSubscriptionState): Stripe.Checkout.Session =>
  ({
    id: sessionId,
    object: 'checkout.session',
    mode: 'subscription',
    status: 'complete',
    payment_status: s.status === 'trialing' ? 'no_payment_required' : 'paid',
    client_reference_id: String(s.userId),
    customer: s.customerId,
    subscription: subscriptionObject(s),
    metadata: { userId: String(s.userId), planId: String(s.planId), interval: s.interval },
    livemode: false,
  }) as unknown as Stripe.Checkout.Session

/** An event envelope as Stripe sends it. */
export const eventOf = (type: string, object: unknown, created = nowSeconds()): Stripe.Event =>
  ({
    id: `evt_demo_${token()}`,
    object: 'event',
    api_version: '2026-11-18.endive',
    created,
    type,
    livemode: false,
    pending_webhooks: 0,
    request: { id: null, idempotency_key: null },
    data: { object },
  }) as unknown as Stripe.Event

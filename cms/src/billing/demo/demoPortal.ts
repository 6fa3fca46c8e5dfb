import type { Payload } from 'payload'
import type Stripe from 'stripe'
import type { Subscription } from '@atlas/shared/payload-types'
import type { Locale } from '@atlas/shared/i18n'
import { fieldError } from '../answers'
import { chosenPlan } from '../chosenPlan'
import { billingAddressFrom } from './demoBillingAddress'
import { demoCustomerFrom, demoCustomerOf, saveDemoCustomer } from './demoCustomers'
import { eventOf, invoiceObject, nowSeconds, periodEndFrom, subscriptionObject, type DemoSubscriptionState } from './stripeObjects'

export const DEMO_PORTAL_ACTIONS = ['cancel', 'resume', 'change-plan', 'update-card', 'renew-paid', 'renew-failed'] as const
export type DemoPortalAction = (typeof DEMO_PORTAL_ACTIONS)[number]

const seconds = (iso: string | null | undefined): number | null => (iso ? Math.floor(new Date(iso).getTime() / 1000) : null)
const idOf = (value: unknown): number => (typeof value === 'object' && value ? (value as { id: number }).id : (value as number))

/** The demo subscription as Stripe would hold it, rebuilt from Atlas's row. */
export const demoStateOf = (row: Subscription): DemoSubscriptionState => ({
  id: row.stripeSubscriptionId,
  customerId: row.stripeCustomerId ?? `cus_demo_${idOf(row.customer)}`,
  userId: idOf(row.customer),
  planId: idOf(row.plan),
  interval: row.interval,
  amountCents: row.amountCents ?? 0,
  status: row.status,
  startDate: seconds(row.startedAt) ?? nowSeconds(),
  currentPeriodEnd: seconds(row.currentPeriodEnd) ?? nowSeconds(),
  trialEnd: seconds(row.trialEndsAt),
  cancelAtPeriodEnd: Boolean(row.cancelAtPeriodEnd),
  canceledAt: seconds(row.canceledAt),
})

/**
 * What Stripe's Customer Portal (and time passing) would send for one demo
 * action, as events: cancel or resume at period end, change plan (new price
 * now, no proration in the demo), update the card (a failed invoice is paid
 * again), a renewal that is paid or fails. A renewal of a subscription set
 * to cancel ends it instead (customer.subscription.deleted). Every invoice
 * names the demo customer's billing address (demoCustomers.ts); update-card
 * may replace it (`billingAddress`, checked like the checkout's).
 */
export const demoPortalEvents = async (
  payload: Payload,
  locale: Locale,
  row: Subscription,
  body: Record<string, unknown>,
): Promise<Stripe.Event[]> => {
  const action = body.action
  if (!(DEMO_PORTAL_ACTIONS as readonly unknown[]).includes(action)) return fieldError(locale, 'action', 'errors.billing.portalAction')
  const state = demoStateOf(row)
  let customer = await demoCustomerOf(payload, state.userId)
  const updated = (next: DemoSubscriptionState) => eventOf('customer.subscription.updated', subscriptionObject(next))
  switch (action as DemoPortalAction) {
    case 'cancel':
      return [updated({ ...state, cancelAtPeriodEnd: true })]
    case 'resume':
      return [updated({ ...state, cancelAtPeriodEnd: false })]
    case 'change-plan': {
      const chosen = await chosenPlan(payload, locale, { planId: body.planId, interval: body.interval ?? state.interval })
      return [updated({ ...state, planId: chosen.plan.id, interval: chosen.interval, amountCents: chosen.amountCents })]
    }
    case 'update-card': {
      if (body.billingAddress !== undefined) {
        const user = (await payload.findByID({ collection: 'users', id: state.userId, depth: 0, overrideAccess: true, disableErrors: true })) as { name?: string | null } | null
        customer = demoCustomerFrom(state.userId, user?.name, billingAddressFrom(locale, body.billingAddress))
        await saveDemoCustomer(payload, customer)
      }
      if (!row.paymentFailedAt) return [updated(state)]
      const paid = { ...state, status: 'active' as const }
      const start = state.currentPeriodEnd
      return [eventOf('invoice.paid', invoiceObject(paid, { paid: true, periodStart: start, periodEnd: periodEndFrom(start, state.interval), attempt: 2, customer })), updated(paid)]
    }
    case 'renew-paid':
    case 'renew-failed': {
      if (state.cancelAtPeriodEnd) {
        const ended = { ...state, status: 'canceled' as const, canceledAt: nowSeconds(), currentPeriodEnd: Math.min(state.currentPeriodEnd, nowSeconds()) }
        return [eventOf('customer.subscription.deleted', subscriptionObject(ended))]
      }
      const start = Math.max(state.currentPeriodEnd, nowSeconds())
      const end = periodEndFrom(start, state.interval)
      if (action === 'renew-paid') {
        const next = { ...state, status: 'active' as const, trialEnd: state.status === 'trialing' ? nowSeconds() : state.trialEnd, currentPeriodEnd: end }
        return [eventOf('invoice.paid', invoiceObject(next, { paid: true, periodStart: start, periodEnd: end, customer })), updated(next)]
      }
      const pastDue = { ...state, status: 'past_due' as const }
      return [eventOf('invoice.payment_failed', invoiceObject(pastDue, { paid: false, periodStart: start, periodEnd: end, customer })), updated(pastDue)]
    }
  }
}

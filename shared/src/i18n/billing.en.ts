import type { billingFr } from './billing.fr'

/** Billing messages in English (the same keys as billing.fr.ts). */
export const billingEn: Record<keyof typeof billingFr, string> = {
  'billing.notification.paymentFailed.title': 'Your payment did not go through',
  'billing.notification.paymentFailed.body':
    'The payment of {amount} for your {plan} subscription failed. Update your payment method to keep access to your services.',
  'errors.billing.signIn': 'Sign in to manage your subscription.',
  'errors.billing.investorsOnly': 'Subscriptions are for investors.',
  'errors.billing.plan': 'Choose an available plan.',
  'errors.billing.interval': 'Choose an interval: monthly or yearly.',
  'errors.billing.noYearly': 'This plan has no yearly option.',
  'errors.billing.freePlan': 'This plan is free: no payment is needed.',
  'errors.billing.alreadySubscribed': 'You already have a current subscription. Manage it from “My subscription”.',
  'errors.billing.stripeUnavailable': 'The payment service is not answering right now. Nothing was charged: try again in a few minutes.',
  'errors.billing.planNotSynced': 'This plan cannot be paid for yet. Try again in a few minutes.',
  'errors.billing.sessionNotFound': 'This checkout session cannot be found.',
  'errors.billing.sessionClosed': 'This checkout session is already over.',
  'errors.billing.noSubscription': 'You have no subscription to manage.',
  'errors.billing.demoOnly': 'This demo payment exists only in demo mode.',
  'errors.billing.portalAction': 'Unknown action: choose cancel, resume, change plan, update card or renew.',
  'errors.billing.signature': 'Missing or invalid Stripe signature.',
  'errors.billing.webhookFailed': 'The event could not be processed; Stripe will send it again.',
  'admin.billing.title': 'Subscriptions',
  'admin.billing.mrr': 'Monthly recurring revenue (MRR)',
  'admin.billing.mrrHint': 'Incl. VAT; yearly plans count for a twelfth',
  'admin.billing.active': 'Active subscribers',
  'admin.billing.churned': 'Cancellations this month',
  'admin.billing.failed': 'Failed payments',
}

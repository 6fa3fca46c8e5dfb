import type { Endpoint } from 'payload'
import { checkoutEndpoint, checkoutStatusEndpoint } from './checkoutEndpoints'
import { demoCancelEndpoint, demoCheckoutEndpoint, demoCompleteEndpoint, demoPortalEndpoint } from './demoEndpoints'
import { stripeWebhookEndpoint } from './stripeWebhook'
import { portalEndpoint, subscriptionEndpoint } from './subscriptionEndpoints'

/** Billing's endpoints (docs/decisions/034-billing-stripe.md). */
export const billingEndpoints: Endpoint[] = [
  stripeWebhookEndpoint,
  checkoutEndpoint,
  checkoutStatusEndpoint,
  subscriptionEndpoint,
  portalEndpoint,
  demoCheckoutEndpoint,
  demoCompleteEndpoint,
  demoCancelEndpoint,
  demoPortalEndpoint,
]

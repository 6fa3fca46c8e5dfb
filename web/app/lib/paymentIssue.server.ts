import { billingOverview } from './billing.server'

/**
 * Whether the investor's last payment failed (the cms sets `paymentFailedAt`
 * on invoice.payment_failed and clears it on invoice.paid): the portal shows
 * a banner until then. False when the cms cannot say — a banner is not worth
 * a slow page.
 */
export async function paymentIssue(token: string): Promise<boolean> {
  const overview = await billingOverview(token, undefined, 3_000)
  return overview.ok ? Boolean(overview.data.subscription?.paymentFailedAt) : false
}

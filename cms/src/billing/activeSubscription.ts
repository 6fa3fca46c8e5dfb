import type { Payload, PayloadRequest } from 'payload'
import type { Subscription } from '@atlas/shared/payload-types'
import { ACCESS_STATUSES } from '@atlas/shared/billing/subscriptionStatus'

/**
 * The subscription that gives `userId` access now, or null: trialing,
 * active or past_due (Stripe is still retrying), or canceled while the paid
 * period has not ended yet ("cancelling keeps access to the end of the paid
 * period"). The latest one wins when several match. What entitlements read.
 */
export const activeSubscriptionOf = async (
  payload: Payload,
  userId: number | string,
  req?: Partial<PayloadRequest>,
): Promise<Subscription | null> => {
  const now = new Date().toISOString()
  const found = await payload.find({
    collection: 'subscriptions',
    where: {
      and: [
        { customer: { equals: userId } },
        {
          or: [
            { status: { in: [...ACCESS_STATUSES] } },
            { and: [{ status: { equals: 'canceled' } }, { currentPeriodEnd: { greater_than: now } }] },
          ],
        },
      ],
    },
    sort: '-currentPeriodEnd',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return (found.docs[0] as Subscription | undefined) ?? null
}

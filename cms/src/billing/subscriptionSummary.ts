import type { Payload, PayloadRequest } from 'payload'
import type { Plan, Subscription } from '@atlas/shared/payload-types'

/** What the portal shows of a subscription (GET /api/billing/subscription, checkout status). */
export type SubscriptionSummary = {
  id: number
  plan: { id: number; name: string } | null
  planName: string | null
  interval: 'month' | 'year'
  status: Subscription['status']
  amountCents: number
  currentPeriodEnd: string | null
  cancelAtPeriodEnd: boolean
  paymentFailedAt: string | null
  trialEndsAt: string | null
  startedAt: string | null
}

export const summaryOf = async (payload: Payload, row: Subscription, req?: Partial<PayloadRequest>): Promise<SubscriptionSummary> => {
  const planId = typeof row.plan === 'object' ? row.plan?.id : row.plan
  const plan = planId
    ? ((await payload.findByID({ collection: 'plans', id: planId, depth: 0, overrideAccess: true, disableErrors: true, req, select: { name: true } })) as Pick<Plan, 'id' | 'name'> | null)
    : null
  return {
    id: row.id,
    plan: plan ? { id: plan.id, name: plan.name } : null,
    planName: plan?.name ?? null,
    interval: row.interval,
    status: row.status,
    amountCents: row.amountCents ?? 0,
    currentPeriodEnd: row.currentPeriodEnd ?? null,
    cancelAtPeriodEnd: Boolean(row.cancelAtPeriodEnd),
    paymentFailedAt: row.paymentFailedAt ?? null,
    trialEndsAt: row.trialEndsAt ?? null,
    startedAt: row.startedAt ?? null,
  }
}

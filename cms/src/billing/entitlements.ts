import type { Payload, PayloadRequest } from 'payload'
import { isStaff } from '@atlas/shared'
import {
  FREE_ENTITLEMENTS,
  planEntitlements,
  STAFF_ENTITLEMENTS,
  UPGRADE_URL,
  type EntitlementsAnswer,
} from '@atlas/shared/billing/entitlements'
import { startOfMonthParis } from '@atlas/shared/billing/parisMonth'
import { roleOf } from '../access/roleOf'
import { activeSubscriptionOf } from './activeSubscription'

/*
 * What the reader may use now (docs/decisions/036-entitlements.md): the plan
 * of their active subscription, else FREE_ENTITLEMENTS (no subscription is
 * no plan: a free plan's own group is what /tarifs shows, not what is
 * enforced, so a new free plan left empty cannot open unlimited use);
 * staff are not limited. Read by the assistant endpoint (monthly quota),
 * the courses' field access (premium content), the enrollment endpoints and
 * GET /api/billing/entitlements.
 */

const idOf = (value: unknown): number | null => {
  const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : value
  return typeof id === 'number' ? id : typeof id === 'string' && /^\d+$/.test(id) ? Number(id) : null
}

const planById = (payload: Payload, id: number, req?: Partial<PayloadRequest>) =>
  payload.findByID({ collection: 'plans', id, overrideAccess: true, depth: 0, disableErrors: true, req })

/** Questions the investor sent to the assistant since 00:00 on the 1st, Paris time (retries count, as for the hourly limit). */
export async function assistantMessagesUsed(payload: Payload, investorId: number, now = new Date(), req?: Partial<PayloadRequest>): Promise<number> {
  const { totalDocs } = await payload.count({
    collection: 'assistant-requests',
    where: { and: [{ owner: { equals: investorId } }, { createdAt: { greater_than_equal: startOfMonthParis(now).toISOString() } }] },
    overrideAccess: true,
    req,
  })
  return totalDocs
}

/** The reader's entitlements in the contract's shape (GET /api/billing/entitlements). Anonymous readers get the free ones. */
export async function entitlementsOf(payload: Payload, user: unknown, req?: Partial<PayloadRequest>): Promise<EntitlementsAnswer> {
  const role = roleOf(user)
  const userId = idOf((user as { id?: unknown } | null)?.id)
  if (role && isStaff(role)) return { plan: null, entitlements: { ...STAFF_ENTITLEMENTS, assistantMessagesUsed: 0 }, upgradeUrl: UPGRADE_URL }
  if (role !== 'investor' || userId === null) {
    return { plan: null, entitlements: { ...FREE_ENTITLEMENTS, assistantMessagesUsed: 0 }, upgradeUrl: UPGRADE_URL }
  }
  const subscription = await activeSubscriptionOf(payload, userId, req)
  const planId = subscription ? idOf(subscription.plan) : null
  const subscribed = planId !== null ? await planById(payload, planId, req) : null
  const granted = subscribed ? planEntitlements(subscribed.entitlements) : FREE_ENTITLEMENTS
  return {
    plan: subscribed ? { id: Number(subscribed.id), name: String(subscribed.name) } : null,
    entitlements: { ...granted, assistantMessagesUsed: await assistantMessagesUsed(payload, userId, new Date(), req) },
    upgradeUrl: UPGRADE_URL,
  }
}

const CACHE_KEY = 'atlasEntitlements'

/**
 * The requesting user's entitlements, computed once per request (field
 * access asks for every lesson of every course in a list). Without a
 * request context (a bare access call) it is computed each time.
 */
export function readerEntitlements(req: Pick<PayloadRequest, 'payload' | 'user'> & { context?: PayloadRequest['context'] }): Promise<EntitlementsAnswer> {
  const context = req.context as Record<string, unknown> | undefined
  const cached = context?.[CACHE_KEY] as { userId: unknown; answer: Promise<EntitlementsAnswer> } | undefined
  const userId = (req.user as { id?: unknown } | null)?.id ?? null
  if (cached && cached.userId === userId) return cached.answer
  const answer = entitlementsOf(req.payload, req.user)
  if (context) context[CACHE_KEY] = { userId, answer }
  return answer
}

import type { CollectionAfterChangeHook } from 'payload'
import type { User } from '@atlas/shared/payload-types'

const idOf = (value: unknown): number | null =>
  value && typeof value === 'object' ? ((value as { id?: number }).id ?? null) : typeof value === 'number' ? value : null

/**
 * Each time an investor's advisor is set or changed (sign-up, invitation,
 * an admin's reassignment, the backfill), one `advisor-assignments` row:
 * who, when, from whom to whom. Written in the same transaction.
 */
export const recordAdvisorChange: CollectionAfterChangeHook<User> = async ({ doc, previousDoc, operation, req }) => {
  if (doc.role !== 'investor') return doc
  const to = idOf(doc.advisor)
  const from = operation === 'create' ? null : idOf(previousDoc?.advisor)
  if (to === from) return doc
  await req.payload.create({
    collection: 'advisor-assignments',
    overrideAccess: true,
    depth: 0,
    req,
    data: { investor: doc.id, fromAdvisor: from, toAdvisor: to, changedBy: idOf(req.user), changedAt: new Date().toISOString() },
  })
  return doc
}

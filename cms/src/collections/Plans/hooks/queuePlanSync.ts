import type { CollectionAfterChangeHook } from 'payload'
import type { Plan } from '@atlas/shared/payload-types'
import { SKIP_PLAN_SYNC } from '../../../billing/planSync'
import { stripeClient } from '../../../billing/stripeClient'

/** A published plan saved with Stripe configured: its Stripe Product and Prices are brought up to date by a job. */
export const queuePlanSync: CollectionAfterChangeHook<Plan> = async ({ doc, req, context }) => {
  if (context?.[SKIP_PLAN_SYNC] || !stripeClient() || doc._status !== 'published') return doc
  await req.payload.jobs.queue({ task: 'syncPlanToStripe', input: { plan: doc.id }, req })
  return doc
}

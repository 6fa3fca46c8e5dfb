import type { TaskConfig } from 'payload'
import { syncPlanWithStripe } from '../billing/planSync'
import { stripeClient } from '../billing/stripeClient'

/** Queued when a plan is published (plans afterChange): Stripe's Product and Prices follow (billing/planSync.ts). */
export const syncPlanToStripeTask: TaskConfig<{ input: { plan: number }; output: { synced: boolean } }> = {
  slug: 'syncPlanToStripe',
  label: 'Sync a plan to Stripe',
  inputSchema: [{ name: 'plan', type: 'number', required: true }],
  outputSchema: [{ name: 'synced', type: 'checkbox' }],
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => {
    const stripe = stripeClient()
    // Demo mode: nothing to sync, the stripe ids stay empty (the demo checkout does not need them).
    if (!stripe) return { output: { synced: false } }
    await syncPlanWithStripe(req.payload, stripe, input.plan, req)
    return { output: { synced: true } }
  },
}

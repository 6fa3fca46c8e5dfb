import type { Payload, PayloadRequest } from 'payload'
import type Stripe from 'stripe'
import type { Plan } from '@atlas/shared/payload-types'

/** Set on the plan update the sync makes itself, so that it does not queue another sync. */
export const SKIP_PLAN_SYNC = 'skipPlanSync'

type StripeFields = NonNullable<Plan['stripe']>

const INTERVALS = [
  { interval: 'month', amount: 'monthlyPriceCents', id: 'monthlyPriceId', cents: 'monthlyPriceCents' },
  { interval: 'year', amount: 'yearlyPriceCents', id: 'yearlyPriceId', cents: 'yearlyPriceCents' },
] as const

/**
 * Makes Stripe match one plan (the plans collection is the source of
 * truth): its Product (created once, renamed with the plan) and one Price
 * per interval it sells. A changed amount creates a new Price and archives
 * the old one — Stripe keeps billing existing subscribers at the price they
 * chose. Each Price names its plan in metadata (how the webhook finds the
 * plan of an old Price). Records syncedAt, or syncError and throws (the job retries).
 */
export const syncPlanWithStripe = async (payload: Payload, stripe: Stripe, planId: number, req?: PayloadRequest): Promise<StripeFields> => {
  const plan = (await payload.findByID({ collection: 'plans', id: planId, depth: 0, overrideAccess: true, req })) as Plan
  const saved: StripeFields = { ...plan.stripe }
  const save = (fields: StripeFields) =>
    payload.update({
      collection: 'plans',
      id: planId,
      data: { stripe: fields },
      overrideAccess: true,
      depth: 0,
      req,
      context: { [SKIP_PLAN_SYNC]: true },
    })
  try {
    const metadata = { planId: String(plan.id) }
    if (!saved.productId) {
      const product = await stripe.products.create(
        { name: plan.name, description: plan.tagline || undefined, metadata },
        { idempotencyKey: `atlas-plan-${plan.id}-product` },
      )
      saved.productId = product.id
    } else {
      await stripe.products.update(saved.productId, { name: plan.name, ...(plan.tagline ? { description: plan.tagline } : {}) })
    }
    for (const { interval, amount, id, cents } of INTERVALS) {
      const wanted = plan[amount]
      const currentId = saved[id]
      if (typeof wanted !== 'number' || wanted <= 0) {
        if (currentId) await stripe.prices.update(currentId, { active: false })
        saved[id] = null
        saved[cents] = null
        continue
      }
      if (currentId && saved[cents] === wanted) continue
      const price = await stripe.prices.create(
        {
          product: saved.productId,
          currency: 'eur',
          unit_amount: wanted,
          recurring: { interval },
          // Atlas's prices are TTC (VAT included).
          tax_behavior: 'inclusive',
          metadata: { ...metadata, interval },
        },
        { idempotencyKey: `atlas-plan-${plan.id}-${interval}-${wanted}-${plan.updatedAt}` },
      )
      if (currentId) await stripe.prices.update(currentId, { active: false })
      saved[id] = price.id
      saved[cents] = wanted
    }
    const done = { ...saved, syncedAt: new Date().toISOString(), syncError: null }
    await save(done)
    return done
  } catch (error) {
    const message = (error as Error).message.slice(0, 300)
    payload.logger.error(`[stripe] plan ${planId} sync failed: ${message}`)
    // What was made before the failure is kept, so a retry does not make it twice.
    await save({ ...saved, syncError: message })
    throw error
  }
}

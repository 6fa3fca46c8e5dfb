import type Stripe from 'stripe'
import type { Plan, Subscription } from '@atlas/shared/payload-types'
import { isSubscriptionStatus } from '@atlas/shared/billing/subscriptionStatus'
import { currentPeriodEndOf, idOf, intervalOf, isoFromUnix, priceOf } from '../stripeShapes'
import { applied, ignored, stale, type EffectOutcome, type WebhookContext } from './context'

/** The subscription row Atlas keeps for a Stripe subscription id, if any. */
export const subscriptionRowOf = async (ctx: WebhookContext, stripeSubscriptionId: string | null): Promise<Subscription | null> => {
  if (!stripeSubscriptionId) return null
  const found = await ctx.payload.find({
    collection: 'subscriptions',
    where: { stripeSubscriptionId: { equals: stripeSubscriptionId } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req: ctx.req,
  })
  return (found.docs[0] as Subscription | undefined) ?? null
}

/** The event is older than the last one applied to this subscription (out of order): it changes nothing. */
export const isStale = (ctx: WebhookContext, row: Pick<Subscription, 'stripeEventCreated'> | null): boolean =>
  typeof row?.stripeEventCreated === 'number' && ctx.event.created < row.stripeEventCreated

const relationId = (value: unknown): number | null => {
  if (typeof value === 'number') return value
  if (value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'number') return (value as { id: number }).id
  return null
}

/**
 * The plan a Stripe Price belongs to: the `planId` the plan sync (and the
 * demo) writes into each Price's metadata — so a Price replaced after an
 * amount change still names its plan — else the plan whose current Price
 * ids or Product match. null: an unknown price.
 */
const planOfPrice = async (ctx: WebhookContext, price: Stripe.Price | null): Promise<Plan | null> => {
  if (!price) return null
  const fromMetadata = Number(price.metadata?.planId)
  if (Number.isInteger(fromMetadata) && fromMetadata > 0) {
    const plan = (await ctx.payload.findByID({ collection: 'plans', id: fromMetadata, depth: 0, overrideAccess: true, disableErrors: true, req: ctx.req })) as Plan | null
    if (plan) return plan
  }
  const productId = idOf(price.product as string | { id: string } | null)
  const found = await ctx.payload.find({
    collection: 'plans',
    where: {
      or: [
        { 'stripe.monthlyPriceId': { equals: price.id } },
        { 'stripe.yearlyPriceId': { equals: price.id } },
        ...(productId ? [{ 'stripe.productId': { equals: productId } }] : []),
      ],
    },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req: ctx.req,
  })
  return (found.docs[0] as Plan | undefined) ?? null
}

/** The Atlas account of a Stripe subscription: the row's, else the user id Atlas put in its metadata at checkout. */
const customerOf = async (ctx: WebhookContext, row: Subscription | null, candidates: unknown[]): Promise<number | null> => {
  const known = relationId(row?.customer)
  if (known) return known
  for (const candidate of candidates) {
    const id = Number(candidate)
    if (!Number.isInteger(id) || id <= 0) continue
    const user = await ctx.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, disableErrors: true, req: ctx.req, select: { role: true } })
    if (user && (user as { role?: unknown }).role === 'investor') return id
  }
  return null
}

/**
 * customer.subscription.created | updated | deleted (and checkout.session.completed,
 * with the session's subscription): the row takes the subscription's state as
 * Stripe sent it, unless a later event was applied already (event.created,
 * out-of-order guard). Unknown price or customer: nothing changes.
 */
export const applySubscription = async (
  ctx: WebhookContext,
  subscription: Stripe.Subscription,
  extraCustomerIds: unknown[] = [],
): Promise<EffectOutcome> => {
  const row = await subscriptionRowOf(ctx, subscription.id)
  if (isStale(ctx, row)) return stale(`event ${ctx.event.created} older than ${row?.stripeEventCreated}`)
  if (!isSubscriptionStatus(subscription.status)) return ignored(`unknown status ${subscription.status}`)
  const price = priceOf(subscription)
  const plan = await planOfPrice(ctx, price)
  if (!plan) return ignored(`unknown price ${price?.id ?? '(none)'}`)
  const customer = await customerOf(ctx, row, [subscription.metadata?.userId, ...extraCustomerIds])
  if (!customer) return ignored(`unknown customer ${idOf(subscription.customer as string | { id: string } | null) ?? '(none)'}`)
  const interval = intervalOf(price) ?? (subscription.metadata?.interval === 'year' ? 'year' : 'month')

  const data = {
    customer,
    plan: plan.id,
    interval,
    status: subscription.status,
    amountCents: price?.unit_amount ?? 0,
    stripeCustomerId: idOf(subscription.customer as string | { id: string } | null),
    stripePriceId: price?.id ?? null,
    currentPeriodEnd: isoFromUnix(currentPeriodEndOf(subscription)),
    cancelAtPeriodEnd: Boolean(subscription.cancel_at_period_end),
    canceledAt: isoFromUnix(subscription.canceled_at),
    trialEndsAt: isoFromUnix(subscription.trial_end),
    startedAt: isoFromUnix(subscription.start_date),
    stripeEventCreated: ctx.event.created,
  }
  if (row) {
    await ctx.payload.update({ collection: 'subscriptions', id: row.id, data, overrideAccess: true, depth: 0, req: ctx.req })
    return applied(`subscription ${row.id} ${subscription.status}`)
  }
  const created = await ctx.payload.create({
    collection: 'subscriptions',
    data: { ...data, stripeSubscriptionId: subscription.id },
    overrideAccess: true,
    depth: 0,
    req: ctx.req,
  })
  return applied(`subscription ${created.id} created ${subscription.status}`)
}

/** checkout.session.completed: the subscription it made (expanded in the demo, re-read from Stripe otherwise). */
export const onCheckoutCompleted = async (ctx: WebhookContext, session: Stripe.Checkout.Session): Promise<EffectOutcome> => {
  if (session.mode !== 'subscription') return ignored(`checkout mode ${session.mode}`)
  const ref = session.subscription
  const subscription =
    ref && typeof ref === 'object' ? ref : ref && ctx.stripe ? await ctx.stripe.subscriptions.retrieve(ref) : null
  if (!subscription) return ignored('checkout session without a subscription')
  return applySubscription(ctx, subscription, [session.client_reference_id, session.metadata?.userId])
}

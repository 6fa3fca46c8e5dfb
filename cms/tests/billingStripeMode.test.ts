import { setupServer } from 'msw/node'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Plan } from '@atlas/shared/payload-types'
import { stripeApi } from '../../mocks/stripe'
import { createAccount } from '../../tests/support/accounts'
import { createPlan } from '../../tests/support/billing'
import { testPayload } from '../../tests/support/payload'

/*
 * This file's Payload instance has Stripe configured (the servers under
 * test run the demo): checkout and the plan sync run here, in process,
 * against the Stripe stand-in (msw answers api.stripe.com).
 */
vi.hoisted(() => {
  process.env.STRIPE_SECRET_KEY = 'sk_test_atlas_msw'
  process.env.STRIPE_TIMEOUT_MS = '300'
})

const { startCheckout } = await import('../src/billing/checkout')
const { syncPlanWithStripe } = await import('../src/billing/planSync')
const { stripeClient } = await import('../src/billing/stripeClient')
const { openPortal } = await import('../src/billing/portal')
const { handleStripeWebhook } = await import('../src/billing/webhook/handleStripeWebhook')
const { signStripePayload } = await import('../src/billing/stripeClient')
const { eventOf, invoiceObject, newDemoSubscription, subscriptionObject } = await import('../src/billing/demo/stripeObjects')

const vendor = stripeApi()
const server = setupServer(...vendor.handlers)
beforeAll(() => server.listen({ onUnhandledRequest: 'bypass' }))
afterAll(() => server.close())
beforeEach(() => vendor.recover())

const callerOf = async () => {
  const account = await createAccount('investor')
  return { account, caller: { id: account.id, email: account.email, name: 'Test', locale: 'fr' as const } }
}

const syncedPlan = async (extra: Partial<Plan> = {}): Promise<Plan> => {
  const plan = await createPlan({ monthlyPriceCents: 1900, yearlyPriceCents: 19_000, ...extra })
  await syncPlanWithStripe(await testPayload(), stripeClient()!, plan.id)
  return (await (await testPayload()).findByID({ collection: 'plans', id: plan.id, overrideAccess: true })) as Plan
}

const subscriptionsOf = async (userId: number) =>
  (await (await testPayload()).find({ collection: 'subscriptions', where: { customer: { equals: userId } }, overrideAccess: true })).docs

describe('the plan sync with Stripe', () => {
  it('creates the Product and one Price per interval, then a new Price only for a changed amount', async () => {
    const plan = await syncedPlan()
    expect(plan.stripe).toMatchObject({ monthlyPriceCents: 1900, yearlyPriceCents: 19_000, syncError: null })
    expect(plan.stripe?.productId).toMatch(/^prod_/)
    expect(plan.stripe?.syncedAt).toBeTruthy()
    const created = vendor.to('POST', '/v1/prices').filter((r) => r.params['metadata[planId]'] === String(plan.id))
    expect(created.map((r) => [r.params['recurring[interval]'], r.params.unit_amount, r.params.tax_behavior])).toEqual([
      ['month', '1900', 'inclusive'],
      ['year', '19000', 'inclusive'],
    ])
    const oldMonthly = plan.stripe!.monthlyPriceId!

    const payload = await testPayload()
    await payload.update({ collection: 'plans', id: plan.id, data: { monthlyPriceCents: 2400 }, overrideAccess: true })
    const after = await syncPlanWithStripe(payload, stripeClient()!, plan.id)
    expect(after.monthlyPriceId).not.toBe(oldMonthly)
    expect(after.monthlyPriceCents).toBe(2400)
    expect(after.yearlyPriceId, 'the yearly amount did not change').toBe(plan.stripe!.yearlyPriceId)
    // The old Price is archived, not deleted: its subscribers keep it.
    expect(vendor.prices.get(oldMonthly)?.active).toBe(false)
    expect(vendor.to('POST', '/v1/prices').filter((r) => r.params['metadata[planId]'] === String(plan.id))).toHaveLength(3)

    // Nothing changed: no new Price.
    await syncPlanWithStripe(payload, stripeClient()!, plan.id)
    expect(vendor.to('POST', '/v1/prices').filter((r) => r.params['metadata[planId]'] === String(plan.id))).toHaveLength(3)
  })

  it('records the error when Stripe fails, and keeps what it had', async () => {
    const plan = await createPlan()
    vendor.failNext(500)
    await expect(syncPlanWithStripe(await testPayload(), stripeClient()!, plan.id)).rejects.toThrow()
    const saved = (await (await testPayload()).findByID({ collection: 'plans', id: plan.id, overrideAccess: true })) as Plan
    expect(saved.stripe?.syncError).toBeTruthy()
    expect(saved.stripe?.monthlyPriceId ?? null).toBeNull()
  })
})

describe('checkout with Stripe', () => {
  it('creates a subscription-mode Checkout session with the plan’s price, trial and the investor in metadata', async () => {
    const plan = await syncedPlan({ trialDays: 7 })
    const { account, caller } = await callerOf()
    const answer = await startCheckout(await testPayload(), caller, { planId: plan.id, interval: 'month' })
    expect(answer.status).toBe(200)
    const body = await answer.json()
    expect(body.url).toMatch(/^https:\/\/checkout\.stripe\.com\//)
    const sent = vendor.to('POST', '/v1/checkout/sessions').at(-1)!
    expect(sent.params).toMatchObject({
      mode: 'subscription',
      'line_items[0][price]': plan.stripe!.monthlyPriceId!,
      client_reference_id: String(account.id),
      customer_email: account.email,
      billing_address_collection: 'required',
      'subscription_data[trial_period_days]': '7',
      'subscription_data[metadata][userId]': String(account.id),
      'subscription_data[metadata][planId]': String(plan.id),
    })
    expect(sent.params.success_url).toContain('/portail/abonnement/confirmation?session={CHECKOUT_SESSION_ID}')
  })

  it('Stripe answers 5xx: a French 503, nothing created', async () => {
    const plan = await syncedPlan()
    const { account, caller } = await callerOf()
    vendor.failNext(502, 'Bad gateway')
    const answer = await startCheckout(await testPayload(), caller, { planId: plan.id, interval: 'year' })
    expect(answer.status).toBe(503)
    expect((await answer.json()).errors[0].message).toBe(
      'Le service de paiement ne répond pas pour le moment. Aucun paiement n’a été effectué : réessayez dans quelques minutes.',
    )
    expect(await subscriptionsOf(account.id)).toHaveLength(0)
  })

  it('Stripe does not answer in time: a French 503, nothing created', async () => {
    const plan = await syncedPlan()
    const { account, caller } = await callerOf()
    vendor.hangNext(2_000)
    const started = Date.now()
    const answer = await startCheckout(await testPayload(), caller, { planId: plan.id, interval: 'month' })
    expect(answer.status).toBe(503)
    expect(Date.now() - started).toBeLessThan(1_800)
    expect(await subscriptionsOf(account.id)).toHaveLength(0)
  })

  it('a plan not synced yet cannot be paid for (503), without calling Stripe', async () => {
    const plan = await createPlan()
    const { caller } = await callerOf()
    const before = vendor.requests.length
    const answer = await startCheckout(await testPayload(), caller, { planId: plan.id, interval: 'month' })
    expect(answer.status).toBe(503)
    expect((await answer.json()).errors[0].message).toContain('pas encore disponible')
    expect(vendor.requests.length).toBe(before)
  })
})

describe('the customer portal and the webhook with Stripe', () => {
  it('opens a Customer Portal session for the caller’s own Stripe customer; 503 in French when Stripe fails', async () => {
    const plan = await syncedPlan()
    const { account, caller } = await callerOf()
    expect((await openPortal(await testPayload(), caller)).status, 'no Stripe customer yet').toBe(404)
    await (await testPayload()).create({
      collection: 'subscriptions',
      overrideAccess: true,
      data: { customer: account.id, plan: plan.id, interval: 'month', status: 'active', stripeSubscriptionId: `sub_portal_${account.id}`, stripeCustomerId: `cus_portal_${account.id}` },
    })
    const answer = await openPortal(await testPayload(), caller)
    expect(answer.status).toBe(200)
    expect((await answer.json()).url).toMatch(/^https:\/\/billing\.stripe\.com\//)
    const sent = vendor.to('POST', '/v1/billing_portal/sessions').at(-1)!
    expect(sent.params.customer).toBe(`cus_portal_${account.id}`)
    expect(sent.params.return_url).toContain('/portail/abonnement')

    vendor.failNext(503)
    const failed = await openPortal(await testPayload(), caller)
    expect(failed.status).toBe(503)
    expect((await failed.json()).errors[0].message).toContain('Le service de paiement ne répond pas')
  })

  it('checkout.session.completed re-reads the session’s subscription from Stripe and records it', async () => {
    const plan = await syncedPlan()
    const { account } = await callerOf()
    const state = newDemoSubscription({ userId: account.id, planId: plan.id, interval: 'month', amountCents: 1900, trialDays: 0 })
    const subscription = subscriptionObject(state) as any
    subscription.items.data[0].price = { id: plan.stripe!.monthlyPriceId, object: 'price', product: plan.stripe!.productId, unit_amount: 1900, recurring: { interval: 'month' }, metadata: { planId: String(plan.id) } }
    vendor.subscriptions.set(state.id, subscription)
    const session = { id: 'cs_test_reread', object: 'checkout.session', mode: 'subscription', status: 'complete', client_reference_id: String(account.id), subscription: state.id, metadata: {} }
    const raw = JSON.stringify(eventOf('checkout.session.completed', session))
    const answer = await handleStripeWebhook(await testPayload(), raw, signStripePayload(raw))
    expect(answer).toEqual({ status: 200, body: { received: true, outcome: 'applied' } })
    expect(vendor.to('GET', `/v1/subscriptions/${state.id}`)).toHaveLength(1)
    expect(await subscriptionsOf(account.id)).toMatchObject([{ status: 'active', stripePriceId: plan.stripe!.monthlyPriceId, amountCents: 1900 }])
  })

  it('an invoice.paid that arrives before its subscription’s events reads the subscription from Stripe first', async () => {
    const plan = await syncedPlan()
    const { account } = await callerOf()
    const state = newDemoSubscription({ userId: account.id, planId: plan.id, interval: 'month', amountCents: 1900, trialDays: 0 })
    vendor.subscriptions.set(state.id, subscriptionObject(state) as unknown as Record<string, unknown>)
    const raw = JSON.stringify(eventOf('invoice.paid', invoiceObject(state, { paid: true, periodStart: state.startDate, periodEnd: state.currentPeriodEnd })))
    const answer = await handleStripeWebhook(await testPayload(), raw, signStripePayload(raw))
    expect(answer.body.outcome).toBe('applied')
    expect(vendor.to('GET', `/v1/subscriptions/${state.id}`)).toHaveLength(1)
    expect(await subscriptionsOf(account.id)).toMatchObject([{ status: 'active', stripeSubscriptionId: state.id }])
  })
})

import { beforeAll, describe, expect, it } from 'vitest'
import type { Plan } from '@atlas/shared/payload-types'
import { activeSubscriptionOf } from '../src/billing/activeSubscription'
import { invoiceObject, newDemoSubscription, nowSeconds, subscriptionObject, type DemoSubscriptionState } from '../src/billing/demo/stripeObjects'
import { signStripePayload } from '../src/billing/stripeClient'
import { createAccount, type Account } from '../../tests/support/accounts'
import { createPlan, newEvent, postWebhook, sendEvent, stripeEventRows, subscriptionRow } from '../../tests/support/billing'
import { mailsTo } from '../../tests/support/outbox'
import { testPayload } from '../../tests/support/payload'

/*
 * POST /api/stripe/webhook on the running cms, real signatures
 * (stripe.webhooks.generateTestHeaderString with the server's secret),
 * Stripe-shaped events built by the same code the demo uses.
 */

let plan: Plan
beforeAll(async () => {
  plan = await createPlan()
})

const stateFor = (account: Account, extra: Partial<DemoSubscriptionState> = {}): DemoSubscriptionState => ({
  ...newDemoSubscription({ userId: account.id, planId: plan.id, interval: 'month', amountCents: 1900, trialDays: 0 }),
  ...extra,
})

const subscriptionsOf = async (userId: number) => {
  const payload = await testPayload()
  return (await payload.find({ collection: 'subscriptions', where: { customer: { equals: userId } }, overrideAccess: true, depth: 0 })).docs
}

describe('the Stripe webhook signature', () => {
  it('refuses a forged or missing signature with 400, in French, and changes nothing', async () => {
    const account = await createAccount('investor')
    const event = newEvent('customer.subscription.created', subscriptionObject(stateFor(account)))
    const raw = JSON.stringify(event)

    const forged = await postWebhook(raw, signStripePayload(raw, 'whsec_not_the_servers_secret_at_all_0000'))
    expect(forged.status).toBe(400)
    expect(forged.body.errors[0].message).toBe('Signature Stripe absente ou invalide.')

    const missing = await postWebhook(raw, null)
    expect(missing.status).toBe(400)

    // A body changed after signing (the signature covers the raw bytes).
    const tampered = await postWebhook(raw.replace('"active"', '"canceled"'), signStripePayload(raw))
    expect(tampered.status).toBe(400)

    expect(await stripeEventRows(event.id)).toHaveLength(0)
    expect(await subscriptionsOf(account.id)).toHaveLength(0)
  })
})

describe('the Stripe webhook effects', () => {
  it('creates the subscription once: a replayed event answers 200 and changes nothing more', async () => {
    const account = await createAccount('investor')
    const state = stateFor(account)
    const event = newEvent('customer.subscription.created', subscriptionObject(state))
    const first = await sendEvent(event)
    expect(first.status).toBe(200)
    expect(first.body).toEqual({ received: true, outcome: 'applied' })
    const row = await subscriptionRow(state.id)
    expect(row).toMatchObject({ customer: account.id, plan: plan.id, status: 'active', interval: 'month', amountCents: 1900, stripeEventCreated: event.created })

    const replay = await postWebhook(first.raw, signStripePayload(first.raw))
    expect(replay.status).toBe(200)
    expect(replay.body).toEqual({ received: true, duplicate: true })
    expect(await stripeEventRows(event.id)).toHaveLength(1)
    expect(await subscriptionsOf(account.id)).toHaveLength(1)
  })

  it('a failed payment sends the payment-issue mail once and one notification, sets paymentFailedAt; a replay adds nothing; paid clears it', async () => {
    const account = await createAccount('investor', { name: 'Paul Impayé' })
    const state = stateFor(account)
    await sendEvent(newEvent('customer.subscription.created', subscriptionObject(state)))
    const invoice = invoiceObject(state, { paid: false, periodStart: nowSeconds(), periodEnd: nowSeconds() + 30 * 86_400 })
    const failed = await sendEvent(newEvent('invoice.payment_failed', invoice))
    expect(failed.body.outcome).toBe('applied')
    await postWebhook(failed.raw, signStripePayload(failed.raw))

    const row = await subscriptionRow(state.id)
    expect(row?.paymentFailedAt).toBeTruthy()
    const mails = (await mailsTo(account.email)).filter((m) => m.subject === 'Un problème est survenu avec votre paiement')
    expect(mails).toHaveLength(1)
    expect(mails[0]!.text).toContain('19,00')
    expect(mails[0]!.text).toContain(invoice.number!)
    const payload = await testPayload()
    const notifications = await payload.find({
      collection: 'notifications',
      where: { and: [{ recipient: { equals: account.id } }, { event: { equals: 'paymentFailed' } }] },
      overrideAccess: true,
    })
    expect(notifications.docs).toHaveLength(1)
    expect(notifications.docs[0]).toMatchObject({ title: 'Votre paiement n’a pas abouti', link: '/portail/abonnement' })

    const paid = await sendEvent(newEvent('invoice.paid', { ...invoice, status: 'paid', amount_paid: 1900 }))
    expect(paid.status).toBe(200)
    expect((await subscriptionRow(state.id))?.paymentFailedAt ?? null).toBeNull()
  })

  it('ignores an event older than the last one applied (out of order): recorded as stale, state kept', async () => {
    const account = await createAccount('investor')
    const state = stateFor(account)
    const now = nowSeconds()
    await sendEvent(newEvent('customer.subscription.updated', subscriptionObject({ ...state, status: 'past_due' }), now))
    const older = await sendEvent(newEvent('customer.subscription.updated', subscriptionObject(state), now - 60))
    expect(older.status).toBe(200)
    expect(older.body.outcome).toBe('stale')
    expect((await subscriptionRow(state.id))?.status).toBe('past_due')
    const recorded = await stripeEventRows(JSON.parse(older.raw).id)
    expect(recorded[0]).toMatchObject({ outcome: 'stale' })
  })

  it('an unknown price or customer is logged, answered 200 and changes nothing', async () => {
    const account = await createAccount('investor')
    const unknownPrice = subscriptionObject(stateFor(account)) as any
    unknownPrice.items.data[0].price = { id: 'price_nobody_knows', object: 'price', product: 'prod_nobody_knows', unit_amount: 500, recurring: { interval: 'month' }, metadata: {} }
    const priceAnswer = await sendEvent(newEvent('customer.subscription.created', unknownPrice))
    expect(priceAnswer.status).toBe(200)
    expect(priceAnswer.body.outcome).toBe('ignored')

    const unknownCustomer = subscriptionObject({ ...stateFor(account), userId: 987_654_321 })
    const customerAnswer = await sendEvent(newEvent('customer.subscription.created', unknownCustomer))
    expect(customerAnswer.status).toBe(200)
    expect(customerAnswer.body.outcome).toBe('ignored')

    const unknownSubscription = await sendEvent(newEvent('invoice.payment_failed', invoiceObject(stateFor(account), { paid: false, periodStart: 0, periodEnd: 0 })))
    expect(unknownSubscription.status).toBe(200)
    expect(unknownSubscription.body.outcome).toBe('ignored')

    expect(await subscriptionsOf(account.id)).toHaveLength(0)
    expect(await subscriptionsOf(987_654_321)).toHaveLength(0)
  })

  it('a webhook for a deleted user does not crash: 200, nothing changed', async () => {
    const account = await createAccount('investor')
    const state = stateFor(account)
    await sendEvent(newEvent('customer.subscription.created', subscriptionObject(state)))
    const payload = await testPayload()
    await payload.delete({ collection: 'users', id: account.id, overrideAccess: true })
    expect(await subscriptionRow(state.id)).toBeNull()

    const updated = await sendEvent(newEvent('customer.subscription.updated', subscriptionObject({ ...state, status: 'past_due' })))
    expect(updated.status).toBe(200)
    expect(updated.body.outcome).toBe('ignored')
    const failed = await sendEvent(newEvent('invoice.payment_failed', invoiceObject(state, { paid: false, periodStart: 0, periodEnd: 0 })))
    expect(failed.status).toBe(200)
    expect(await subscriptionRow(state.id)).toBeNull()
  })

  it('cancelling keeps access until the end of the paid period, then ends it', async () => {
    const account = await createAccount('investor')
    const payload = await testPayload()
    const inTwoWeeks = nowSeconds() + 14 * 86_400
    const state = stateFor(account, { currentPeriodEnd: inTwoWeeks })
    await sendEvent(newEvent('customer.subscription.created', subscriptionObject(state)))

    await sendEvent(newEvent('customer.subscription.updated', subscriptionObject({ ...state, cancelAtPeriodEnd: true })))
    const cancelling = await activeSubscriptionOf(payload, account.id)
    expect(cancelling).toMatchObject({ status: 'active', cancelAtPeriodEnd: true })

    // Canceled, the paid period still running: access stays.
    await sendEvent(newEvent('customer.subscription.deleted', subscriptionObject({ ...state, status: 'canceled', canceledAt: nowSeconds(), cancelAtPeriodEnd: true })))
    expect((await activeSubscriptionOf(payload, account.id))?.status).toBe('canceled')

    // The period is over: no access.
    await sendEvent(
      newEvent('customer.subscription.deleted', subscriptionObject({ ...state, status: 'canceled', canceledAt: nowSeconds(), currentPeriodEnd: nowSeconds() - 1 })),
    )
    expect(await activeSubscriptionOf(payload, account.id)).toBeNull()
  })
})


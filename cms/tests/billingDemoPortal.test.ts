import { beforeAll, describe, expect, it } from 'vitest'
import type { Plan } from '@atlas/shared/payload-types'
import { createAccount, type Account } from '../../tests/support/accounts'
import { createPlan, DEMO_BILLING_ADDRESS } from '../../tests/support/billing'
import { mailsTo } from '../../tests/support/outbox'
import { testPayload } from '../../tests/support/payload'
import { rest } from '../../tests/support/rest'

/*
 * POST /api/billing/demo/portal on the running cms (demo mode): each action
 * becomes Stripe-shaped events, signed locally and run through the webhook handler.
 */

let plan: Plan
let bigger: Plan
beforeAll(async () => {
  plan = await createPlan({ monthlyPriceCents: 1500 })
  bigger = await createPlan({ monthlyPriceCents: 4900, yearlyPriceCents: 49_000 })
})

const subscribe = async (account: Account) => {
  const { body } = await rest('POST', '/billing/checkout', { token: account.token, body: { planId: plan.id, interval: 'month' } })
  const paid = await rest('POST', `/billing/demo/checkout/${body.sessionId}/complete`, { token: account.token, body: { billingAddress: DEMO_BILLING_ADDRESS } })
  expect(paid.body.subscription.status).toBe('active')
  return paid.body.subscription
}

const act = (account: Account, body: Record<string, unknown>) => rest('POST', '/billing/demo/portal', { token: account.token, body })

describe('the demo customer portal', () => {
  it('a failed renewal: past due, payment-issue mail in the outbox, notification; updating the card clears it', async () => {
    const investor = await createAccount('investor', { name: 'Nina Retard' })
    await subscribe(investor)
    const failed = await act(investor, { action: 'renew-failed' })
    expect(failed.status).toBe(200)
    expect(failed.body.subscription).toMatchObject({ status: 'past_due' })
    expect(failed.body.subscription.paymentFailedAt).toBeTruthy()

    const mails = (await mailsTo(investor.email)).filter((m) => m.subject === 'Un problème est survenu avec votre paiement')
    expect(mails).toHaveLength(1)
    expect(mails[0]!.text).toContain('15,00')
    const notifications = await (await testPayload()).find({
      collection: 'notifications',
      where: { and: [{ recipient: { equals: investor.id } }, { event: { equals: 'paymentFailed' } }] },
      overrideAccess: true,
    })
    expect(notifications.totalDocs).toBe(1)
    // past_due still gives access (Stripe retries the payment).
    expect((await rest('GET', '/billing/subscription', { token: investor.token })).body.subscription.status).toBe('past_due')

    const fixed = await act(investor, { action: 'update-card' })
    expect(fixed.body.subscription).toMatchObject({ status: 'active', paymentFailedAt: null })
  })

  it('cancel keeps access to the end of the period; resume undoes it; a renewal of a cancelled one ends it', async () => {
    const investor = await createAccount('investor')
    const before = await subscribe(investor)
    const cancelled = await act(investor, { action: 'cancel' })
    expect(cancelled.body.subscription).toMatchObject({ status: 'active', cancelAtPeriodEnd: true, currentPeriodEnd: before.currentPeriodEnd })
    expect((await act(investor, { action: 'resume' })).body.subscription.cancelAtPeriodEnd).toBe(false)
    await act(investor, { action: 'cancel' })

    const ended = await act(investor, { action: 'renew-paid' })
    expect(ended.body.subscription.status).toBe('canceled')
    expect((await rest('GET', '/billing/subscription', { token: investor.token })).body.subscription).toBeNull()
    expect((await act(investor, { action: 'cancel' })).status, 'nothing left to manage').toBe(404)
  })

  it('change plan: the new price at once; renew-paid moves the period end forward', async () => {
    const investor = await createAccount('investor')
    const before = await subscribe(investor)
    const changed = await act(investor, { action: 'change-plan', planId: bigger.id, interval: 'year' })
    expect(changed.body.subscription).toMatchObject({ plan: { id: bigger.id }, interval: 'year', amountCents: 49_000 })
    const renewed = await act(investor, { action: 'renew-paid' })
    expect(new Date(renewed.body.subscription.currentPeriodEnd).getTime()).toBeGreaterThan(new Date(before.currentPeriodEnd).getTime())
  })

  it('refuses an unknown action at the field, anonymous callers, and callers without a subscription', async () => {
    const investor = await createAccount('investor')
    expect((await act(investor, { action: 'cancel' })).status).toBe(404)
    await subscribe(investor)
    const unknown = await act(investor, { action: 'refund-everything' })
    expect(unknown.status).toBe(400)
    expect(unknown.body.errors[0].data.errors[0].path).toBe('action')
    expect((await rest('POST', '/billing/demo/portal', { body: { action: 'cancel' } })).status).toBe(401)
    const badPlan = await act(investor, { action: 'change-plan', planId: 'abc' })
    expect(badPlan.status).toBe(400)
  })
})

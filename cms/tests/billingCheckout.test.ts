import { beforeAll, describe, expect, it } from 'vitest'
import type { Plan } from '@atlas/shared/payload-types'
import { createAccount, type Account } from '../../tests/support/accounts'
import { createPlan, DEMO_BILLING_ADDRESS } from '../../tests/support/billing'
import { testEnv } from '../../tests/support/env'
import { testPayload } from '../../tests/support/payload'
import { rest } from '../../tests/support/rest'

/*
 * The checkout endpoints over real HTTP on the running cms, which has no
 * STRIPE_SECRET_KEY: the demo checkout, whose "Payer" drives the real
 * webhook handler with locally signed events. (Stripe mode: billingStripeMode.test.ts.)
 */

let plan: Plan
let trialPlan: Plan
beforeAll(async () => {
  plan = await createPlan({ monthlyPriceCents: 2900, yearlyPriceCents: 29_000 })
  trialPlan = await createPlan({ monthlyPriceCents: 990, yearlyPriceCents: null, trialDays: 14 })
})

const subscriptionsOf = async (userId: number) =>
  (await (await testPayload()).find({ collection: 'subscriptions', where: { customer: { equals: userId } }, overrideAccess: true, depth: 0 })).docs

describe('the demo checkout, end to end', () => {
  it('checkout → demo page → pay → active subscription, read from the real state', async () => {
    const investor = await createAccount('investor')
    const started = await rest('POST', '/billing/checkout', { token: investor.token, body: { planId: plan.id, interval: 'year' } })
    expect(started.status).toBe(200)
    const { url, sessionId } = started.body
    expect(url).toBe(`${testEnv.webUrl}/paiement-demo/${sessionId}`)
    expect(await subscriptionsOf(investor.id), 'nothing is created before payment').toHaveLength(0)

    const open = await rest('GET', `/billing/checkout/${sessionId}`, { token: investor.token })
    expect(open.body).toEqual({ status: 'open', subscription: null })
    const page = await rest('GET', `/billing/demo/checkout/${sessionId}`, { token: investor.token })
    expect(page.body).toEqual({ sessionId, status: 'open', plan: { id: plan.id, name: plan.name }, interval: 'year', amountCents: 29_000, trialDays: 0 })

    const paid = await rest('POST', `/billing/demo/checkout/${sessionId}/complete`, { token: investor.token, body: { billingAddress: DEMO_BILLING_ADDRESS } })
    expect(paid.status).toBe(200)
    expect(paid.body.status).toBe('complete')
    expect(paid.body.subscription).toMatchObject({ plan: { id: plan.id, name: plan.name }, status: 'active', interval: 'year', amountCents: 29_000, cancelAtPeriodEnd: false, paymentFailedAt: null })
    // A year from now, give or take the day.
    const end = new Date(paid.body.subscription.currentPeriodEnd).getTime()
    expect(Math.abs(end - (Date.now() + 365 * 86_400_000))).toBeLessThan(2 * 86_400_000)

    const status = await rest('GET', `/billing/checkout/${sessionId}`, { token: investor.token })
    expect(status.body).toMatchObject({ status: 'complete', subscription: { status: 'active', planName: plan.name } })
    const mine = await rest('GET', '/billing/subscription', { token: investor.token })
    expect(mine.status).toBe(200)
    expect(mine.body.subscription).toMatchObject({ planName: plan.name, status: 'active', amountCents: 29_000 })
    expect(Array.isArray(mine.body.invoices)).toBe(true)

    // Paying twice changes nothing; a second checkout is refused.
    const again = await rest('POST', `/billing/demo/checkout/${sessionId}/complete`, { token: investor.token, body: { billingAddress: DEMO_BILLING_ADDRESS } })
    expect(again.body.status).toBe('complete')
    expect(await subscriptionsOf(investor.id)).toHaveLength(1)
    const second = await rest('POST', '/billing/checkout', { token: investor.token, body: { planId: plan.id, interval: 'month' } })
    expect(second.status).toBe(409)
    expect(second.body.errors[0].message).toBe('Vous avez déjà un abonnement en cours. Gérez-le depuis « Mon abonnement ».')

    const portal = await rest('POST', '/billing/portal', { token: investor.token })
    expect(portal.body).toEqual({ url: `${testEnv.webUrl}/portail/abonnement/gerer` })
  })

  it('a plan with a trial starts trialing, with no payment taken', async () => {
    const investor = await createAccount('investor')
    const { body } = await rest('POST', '/billing/checkout', { token: investor.token, body: { planId: String(trialPlan.id), interval: 'month' } })
    const paid = await rest('POST', `/billing/demo/checkout/${body.sessionId}/complete`, { token: investor.token, body: { billingAddress: DEMO_BILLING_ADDRESS } })
    expect(paid.body.subscription).toMatchObject({ status: 'trialing', amountCents: 990 })
    expect(new Date(paid.body.subscription.trialEndsAt).getTime()).toBeGreaterThan(Date.now() + 13 * 86_400_000)
  })

  it('"Annuler" on the demo page expires the session: nothing subscribed, paying it afterwards is refused', async () => {
    const investor = await createAccount('investor')
    const { body } = await rest('POST', '/billing/checkout', { token: investor.token, body: { planId: plan.id, interval: 'month' } })
    const cancelled = await rest('POST', `/billing/demo/checkout/${body.sessionId}/cancel`, { token: investor.token })
    expect(cancelled.body).toEqual({ status: 'expired', subscription: null })
    const late = await rest('POST', `/billing/demo/checkout/${body.sessionId}/complete`, { token: investor.token, body: { billingAddress: DEMO_BILLING_ADDRESS } })
    expect(late.status).toBe(409)
    expect(await subscriptionsOf(investor.id)).toHaveLength(0)
  })
})

describe('checkout refusals', () => {
  let investor: Account
  beforeAll(async () => {
    investor = await createAccount('investor')
  })

  it('bad plan or interval: 400 at the field, in French (English on request)', async () => {
    const week = await rest('POST', '/billing/checkout', { token: investor.token, body: { planId: plan.id, interval: 'week' } })
    expect(week.status).toBe(400)
    expect(week.body.errors[0].data.errors[0]).toEqual({ path: 'interval', message: 'Choisissez une périodicité : mensuelle ou annuelle.' })
    const unknown = await rest('POST', '/billing/checkout', { token: investor.token, body: { planId: 99_999_999, interval: 'month' } })
    expect(unknown.status).toBe(400)
    expect(unknown.body.errors[0].data.errors[0]).toEqual({ path: 'planId', message: 'Choisissez une offre disponible.' })
    const noYearly = await rest('POST', '/billing/checkout', { token: investor.token, body: { planId: trialPlan.id, interval: 'year' } })
    expect(noYearly.body.errors[0].data.errors[0]).toEqual({ path: 'interval', message: 'Cette offre n’a pas de formule annuelle.' })
    const free = await createPlan({ monthlyPriceCents: 0, yearlyPriceCents: null })
    const freeAnswer = await rest('POST', '/billing/checkout', { token: investor.token, body: { planId: free.id, interval: 'month' } })
    expect(freeAnswer.body.errors[0].data.errors[0].path).toBe('planId')
    const draft = await createPlan({ _status: 'draft' } as never)
    expect((await rest('POST', '/billing/checkout', { token: investor.token, body: { planId: draft.id, interval: 'month' } })).status).toBe(400)
    const notJson = await rest('POST', '/billing/checkout', { token: investor.token })
    expect(notJson.status).toBe(400)

    const english = await createAccount('investor', { locale: 'en' })
    const inEnglish = await rest('POST', '/billing/checkout', { token: english.token, body: { planId: plan.id, interval: 'week' } })
    expect(inEnglish.body.errors[0].data.errors[0].message).toBe('Choose an interval: monthly or yearly.')
    expect(await subscriptionsOf(investor.id)).toHaveLength(0)
  })

  it('anonymous 401, staff 403; someone else’s session is 404 on every route', async () => {
    expect((await rest('POST', '/billing/checkout', { body: { planId: plan.id, interval: 'month' } })).status).toBe(401)
    const editor = await createAccount('editor')
    expect((await rest('POST', '/billing/checkout', { token: editor.token, body: { planId: plan.id, interval: 'month' } })).status).toBe(403)
    expect((await rest('GET', '/billing/subscription')).status).toBe(401)
    expect((await rest('POST', '/billing/portal')).status).toBe(401)

    const { body } = await rest('POST', '/billing/checkout', { token: investor.token, body: { planId: plan.id, interval: 'month' } })
    const other = await createAccount('investor')
    for (const [method, path] of [
      ['GET', `/billing/checkout/${body.sessionId}`],
      ['GET', `/billing/demo/checkout/${body.sessionId}`],
      ['POST', `/billing/demo/checkout/${body.sessionId}/complete`],
      ['POST', `/billing/demo/checkout/${body.sessionId}/cancel`],
    ] as const) {
      const answer = await rest(method, path, { token: other.token })
      expect(answer.status, `${method} ${path}`).toBe(404)
      expect((await rest(method, path)).status, `${method} ${path} anonymous`).toBe(401)
    }
    expect(await subscriptionsOf(other.id)).toHaveLength(0)
    expect((await rest('GET', `/billing/checkout/${body.sessionId}`, { token: investor.token })).body.status, 'left untouched').toBe('open')
    // No subscription: nothing to manage, an empty page.
    expect((await rest('POST', '/billing/portal', { token: other.token })).status).toBe(404)
    expect((await rest('GET', '/billing/subscription', { token: other.token })).body).toEqual({ subscription: null, invoices: [] })
  })
})

import { beforeAll, describe, expect, it } from 'vitest'
import type { Invoice, Plan } from '@atlas/shared/payload-types'
import { createAccount, type Account } from '../../tests/support/accounts'
import { createPlan, DEMO_BILLING_ADDRESS } from '../../tests/support/billing'
import { testPayload } from '../../tests/support/payload'
import { rest } from '../../tests/support/rest'

/*
 * The demo checkout asks the buyer's billing address, as Stripe Checkout
 * does with real keys, and every demo invoice (first payment and renewals)
 * names it in its buyer snapshot. Real HTTP on the running cms (demo mode).
 */

let plan: Plan
beforeAll(async () => {
  plan = await createPlan({ monthlyPriceCents: 2900 })
})

const openSession = async (account: Account): Promise<string> =>
  (await rest('POST', '/billing/checkout', { token: account.token, body: { planId: plan.id, interval: 'month' } })).body.sessionId
const complete = (account: Account, sessionId: string, body?: Record<string, unknown>, locale?: string) =>
  rest('POST', `/billing/demo/checkout/${sessionId}/complete`, { token: account.token, body, ...(locale ? { headers: { 'accept-language': locale } } : {}) })
const invoicesOf = async (userId: number): Promise<Invoice[]> =>
  (await (await testPayload()).find({ collection: 'invoices', where: { customer: { equals: userId } }, overrideAccess: true, depth: 0, sort: 'createdAt' })).docs as Invoice[]
const subscriptionCount = async (userId: number) =>
  (await (await testPayload()).count({ collection: 'subscriptions', where: { customer: { equals: userId } }, overrideAccess: true })).totalDocs

describe('the demo checkout asks the billing address', () => {
  it('missing city: 400 at billingAddress.city in French, nothing subscribed; no address at all names every required field', async () => {
    const investor = await createAccount('investor')
    const sessionId = await openSession(investor)
    const { city: _city, ...noCity } = DEMO_BILLING_ADDRESS
    const refused = await complete(investor, sessionId, { billingAddress: noCity })
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].data.errors).toEqual([{ path: 'billingAddress.city', message: 'Ce champ de l’adresse de facturation est obligatoire.' }])
    const badPostcode = await complete(investor, sessionId, { billingAddress: { ...DEMO_BILLING_ADDRESS, postalCode: '7501' } })
    expect(badPostcode.body.errors[0].data.errors).toEqual([{ path: 'billingAddress.postalCode', message: 'Un code postal français compte 5 chiffres (exemple : 75011).' }])
    const none = await complete(investor, sessionId)
    expect(none.status).toBe(400)
    expect(none.body.errors[0].data.errors.map((e: { path: string }) => e.path)).toEqual(['billingAddress.line1', 'billingAddress.postalCode', 'billingAddress.city'])
    expect(await subscriptionCount(investor.id)).toBe(0)
    expect(await invoicesOf(investor.id)).toHaveLength(0)
    expect((await rest('GET', `/billing/checkout/${sessionId}`, { token: investor.token })).body.status, 'the session stays open').toBe('open')
  })

  it('in English with Accept-Language en', async () => {
    const investor = await createAccount('investor', { locale: 'en' })
    const sessionId = await openSession(investor)
    const { city: _city, ...noCity } = DEMO_BILLING_ADDRESS
    const refused = await complete(investor, sessionId, { billingAddress: noCity }, 'en')
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].data.errors).toEqual([{ path: 'billingAddress.city', message: 'This billing address field is required.' }])
    expect(await subscriptionCount(investor.id)).toBe(0)
  })

  it('a valid address: the first invoice and the renewals name the buyer and their address; update-card may change it', async () => {
    const investor = await createAccount('investor', { name: 'Camille Martin' })
    const paid = await complete(investor, await openSession(investor), { billingAddress: { ...DEMO_BILLING_ADDRESS, line2: 'Bâtiment B' } })
    expect(paid.status).toBe(200)
    const [first] = await invoicesOf(investor.id)
    expect(first!.buyer).toMatchObject({ name: 'Camille Martin', street: '12 rue de la Roquette, Bâtiment B', postcode: '75011', city: 'Paris', country: 'FR' })

    expect((await rest('POST', '/billing/demo/portal', { token: investor.token, body: { action: 'renew-paid' } })).status).toBe(200)
    const renewal = (await invoicesOf(investor.id))[1]!
    expect(renewal.buyer).toMatchObject({ name: 'Camille Martin', postcode: '75011', city: 'Paris' })

    const badMove = await rest('POST', '/billing/demo/portal', { token: investor.token, body: { action: 'update-card', billingAddress: { ...DEMO_BILLING_ADDRESS, city: '' } } })
    expect(badMove.status).toBe(400)
    expect(badMove.body.errors[0].data.errors[0].path).toBe('billingAddress.city')
    const moved = { name: 'SARL Martin', line1: 'Rue Neuve 1', postalCode: '1000', city: 'Bruxelles', country: 'BE' }
    expect((await rest('POST', '/billing/demo/portal', { token: investor.token, body: { action: 'update-card', billingAddress: moved } })).status).toBe(200)
    await rest('POST', '/billing/demo/portal', { token: investor.token, body: { action: 'renew-paid' } })
    const afterMove = (await invoicesOf(investor.id))[2]!
    expect(afterMove.buyer).toMatchObject({ name: 'SARL Martin', street: 'Rue Neuve 1', postcode: '1000', city: 'Bruxelles', country: 'BE' })
  })
})

import { describe, expect, it } from 'vitest'
import { billingFigures } from '../src/billing/billingFigures'
import { createAccount } from '../../tests/support/accounts'
import { createPlan } from '../../tests/support/billing'
import { testPayload } from '../../tests/support/payload'

/*
 * The admin dashboard's billing figures, computed in SQL, measured as the
 * difference these subscriptions make (other files' subscriptions share the database).
 */
describe('billing figures (admin dashboard)', () => {
  it('MRR counts monthly amounts and yearly ÷ 12 of paying subscriptions; subscribers, churn and failed payments by status', async () => {
    const payload = await testPayload()
    const plan = await createPlan()
    const before = await billingFigures(payload)
    const add = async (data: Record<string, unknown>) => {
      const customer = await createAccount('investor')
      return payload.create({
        collection: 'subscriptions',
        overrideAccess: true,
        data: { customer: customer.id, plan: plan.id, stripeSubscriptionId: `sub_fig_${Math.random().toString(36).slice(2)}`, ...data } as never,
      })
    }
    const inAMonth = new Date(Date.now() + 30 * 86_400_000).toISOString()
    await add({ interval: 'month', status: 'active', amountCents: 990 })
    await add({ interval: 'year', status: 'active', amountCents: 29_000 })
    const failing = await add({ interval: 'month', status: 'past_due', amountCents: 1900, paymentFailedAt: new Date().toISOString() })
    await add({ interval: 'month', status: 'trialing', amountCents: 4900 })
    await add({ interval: 'month', status: 'canceled', amountCents: 990, canceledAt: new Date().toISOString(), currentPeriodEnd: inAMonth })
    await add({ interval: 'month', status: 'canceled', amountCents: 990, canceledAt: new Date().toISOString(), currentPeriodEnd: new Date(Date.now() - 1000).toISOString() })

    const after = await billingFigures(payload)
    // 9,90 € + 290,00 €/12 (24,17 €) + 19,00 € (past due still pays) = 53,07 €; trials and cancelled add nothing.
    expect(after.mrrCents - before.mrrCents).toBe(990 + 2417 + 1900)
    // active, active, past_due, trialing, and the cancelled one still in its paid period.
    expect(after.activeSubscribers - before.activeSubscribers).toBe(5)
    expect(after.churnedThisMonth - before.churnedThisMonth).toBe(2)
    expect(after.failedPayments - before.failedPayments).toBe(1)

    // The list's virtual MRR column says the same per row.
    const row = await payload.findByID({ collection: 'subscriptions', id: failing.id, overrideAccess: true })
    expect(row.mrrCents).toBe(1900)
  })
})

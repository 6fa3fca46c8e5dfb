import { describe, expect, it } from 'vitest'
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../cms/src/seed/demoAccounts'
import { createAccount } from '../support/accounts'
import { createPlan } from '../support/billing'
import { testPayload } from '../support/payload'
import { useBrowser } from './support/browser'
import { adminUrl, signInToAdmin } from './support/staffLogin'

/**
 * Billing in the admin, in Chromium: the dashboard's billing figures, the
 * subscriptions list with its MRR column, and a plan's HT price next to its TTC one.
 */
const browser = useBrowser()

describe('billing in the admin', () => {
  it('shows MRR and subscribers on the dashboard, the subscriptions list and HT prices of a plan', async () => {
    const payload = await testPayload()
    const plan = await createPlan({ monthlyPriceCents: 2900, yearlyPriceCents: 29_000 })
    const investor = await createAccount('investor', { name: 'Odile Abonnée' })
    await payload.create({
      collection: 'subscriptions',
      overrideAccess: true,
      data: { customer: investor.id, plan: plan.id, interval: 'year', status: 'active', amountCents: 29_000, stripeSubscriptionId: `sub_e2e_${investor.id}`, startedAt: new Date().toISOString() },
    })

    const page = await browser.newPage()
    await signInToAdmin(page, DEMO_ACCOUNTS.admin.email, DEMO_PASSWORD)
    await page.waitForSelector('[data-testid="billing-figures"]', { timeout: 60_000 })
    expect(await page.textContent('[data-testid="billing-mrr"]')).toMatch(/Revenu mensuel récurrent \(MRR\)\s*[\d\s  ]+\s€/)
    expect(Number((await page.textContent('[data-testid="billing-subscribers"] strong'))?.trim())).toBeGreaterThanOrEqual(1)
    await browser.screenshot(page, 'admin-billing-figures')

    await page.goto(`${adminUrl()}/admin/collections/subscriptions`)
    await page.waitForSelector('table', { timeout: 60_000 })
    const table = await page.textContent('table')
    expect(table).toContain('Odile Abonnée')
    // 290,00 € a year counts 24,17 € a month.
    expect(table).toMatch(/24,17\s€/)
    await browser.screenshot(page, 'admin-subscriptions')

    await page.goto(`${adminUrl()}/admin/collections/plans/${plan.id}`)
    await page.waitForSelector('[data-testid="excl-vat-monthlyPriceCents"]', { timeout: 60_000 })
    // 29,00 € TTC at 20 % = 24,17 € HT; 290,00 € TTC = 241,67 € HT.
    expect(await page.textContent('[data-testid="excl-vat-monthlyPriceCents"]')).toMatch(/24,17\s€/)
    expect(await page.textContent('[data-testid="excl-vat-yearlyPriceCents"]')).toMatch(/241,67\s€/)
    expect(browser.errors()).toEqual([])
  })
})

import path from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { TEST_PASSWORD, createAccount } from '../support/accounts'
import { testEnv } from '../support/env'
import { rest } from '../support/rest'
import { SCREENSHOT_DIR, useBrowser } from './support/browser'
import { testPayload } from '../support/payload'
import { signInOnAdmin, signInOnWeb } from './support/signIn'
import { addAsset } from './support/patrimony'

const browser = useBrowser()

/* By hand: income 4 000 €/month.
 * Questionnaire: 300 € of repayments ÷ 4 000 € = 7,5 %.
 * Mortgage recorded with a mensualité of 1 500 €: 1 500 ÷ 4 000 = 37,5 % > 35 % (HCSF).
 * Home 300 000 € − capital 200 000 € = net value 100 000,00 €; net worth the same (nothing counted twice). */
const budgetCardShot = (page: Page, name: string) =>
  page.locator('[data-testid="budget-card"]').screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) })

describe('a loan linked to the home it financed', () => {
  it('the investor links a mortgage to their home, sees its net value and the debt ratio from their loans', async () => {
    const investor = await createAccount('investor', { name: 'Anaïs Le Gall' })
    const profile = (await rest('GET', '/profiles?limit=1&depth=0', { token: investor.token })).body.docs[0]
    const answered = await rest('PATCH', `/profiles/${profile.id}`, {
      token: investor.token,
      body: {
        income: [{ source: 'salary', label: 'Salaire net', amountCents: 400_000, frequency: 'monthly' }],
        expenses: { housingCents: 0, loanRepaymentsCents: 30_000, livingCostsCents: 150_000, incomeTaxCents: 0, ifiCents: 0 },
      },
    })
    expect(answered.status).toBe(200)

    const page = await browser.newPage({ width: 1366 })
    await signInOnWeb(page, investor.email, TEST_PASSWORD)
    await addAsset(page, { category: 'main-home', label: 'Maison Rennes', value: '300 000' })
    await page.goto(`${testEnv.webUrl}/portail`)
    expect(await page.textContent('[data-testid="debt-ratio-value"]')).toMatch(/7,5\s%/)
    expect(await page.textContent('[data-testid="debt-ratio-source"]')).toContain('d’après votre questionnaire')

    // The loan fields appear with a debt category; a wrong mensualité is refused at its field, the typing kept.
    await page.goto(`${testEnv.webUrl}/portail/patrimoine/nouveau`)
    expect(await page.isVisible('[data-testid="loan-fields"]')).toBe(false)
    await page.selectOption('select[name="category"]', 'mortgage')
    expect(await page.isVisible('[data-testid="loan-fields"]')).toBe(true)
    await page.fill('input[name="label"]', 'Prêt immobilier')
    await page.fill('input[name="value"]', '200 000')
    const options = await page.locator('select[name="financedAsset"] option').allTextContents()
    expect(options).toEqual(['Aucun bien en particulier', 'Maison Rennes (Résidence principale)'])
    await page.selectOption('select[name="financedAsset"]', { label: 'Maison Rennes (Résidence principale)' })
    await page.fill('input[name="monthlyPayment"]', 'mille cinq cents')
    await page.fill('input[name="endsAt"]', '2041-12-05')
    await page.click('[data-testid="asset-form"] button[type="submit"]')
    await page.waitForSelector('#field-monthlyPayment-error')
    expect(await page.textContent('#field-monthlyPayment-error')).toMatch(/Indiquez un montant en euros/)
    expect(await page.inputValue('input[name="monthlyPayment"]')).toBe('mille cinq cents')
    expect(await page.inputValue('input[name="label"]')).toBe('Prêt immobilier')
    expect(await page.$eval('select[name="financedAsset"]', (select) => (select as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe(
      'Maison Rennes (Résidence principale)',
    )
    expect(await page.inputValue('input[name="endsAt"]')).toBe('2041-12-05')
    await browser.screenshot(page, 'loan-form-error-1366')
    await page.fill('input[name="monthlyPayment"]', '1 500')
    await Promise.all([page.waitForURL(/\/portail\/patrimoine\?enregistre=1$/), page.click('[data-testid="asset-form"] button[type="submit"]')])

    // The home shows its net value and its loan; the loan says what it finances.
    const home = page.locator('[data-testid="patrimony-line"]', { hasText: 'Maison Rennes' }).first()
    expect(await home.locator('[data-testid="net-value-amount"]').textContent()).toMatch(/100\s000,00\s€/)
    expect(await home.locator('[data-testid="net-value"]').textContent()).toMatch(/après 200\s000,00\s€ de capital restant dû\s*Crédit : Prêt immobilier/)
    const loan = page.locator('[data-testid="liability-group"] [data-testid="patrimony-line"]')
    expect(await loan.locator('[data-testid="loan-finances"]').textContent()).toMatch(/Finance : Maison Rennes\s*Mensualité : 1\s500,00\s€ · \d+ mois restants/)
    expect(await page.textContent('[data-testid="net-worth"]')).toMatch(/100\s000,00\s€/)
    await browser.screenshot(page, 'loans-patrimony-1366')

    await page.goto(`${testEnv.webUrl}/portail`)
    expect(await page.textContent('[data-testid="net-worth"]')).toMatch(/100\s000,00\s€/)
    expect(await page.textContent('[data-testid="debt-ratio-value"]')).toMatch(/37,5\s%/)
    expect(await page.textContent('[data-testid="debt-ratio-source"]')).toContain('d’après vos crédits')
    expect(await page.textContent('[data-testid="debt-ratio"]')).toContain('Au-delà des 35 % recommandés par le HCSF.')
    await budgetCardShot(page, 'loans-budget-card-1366')

    const phone = await browser.newPage({ width: 390 })
    await signInOnWeb(phone, investor.email, TEST_PASSWORD)
    await phone.goto(`${testEnv.webUrl}/portail/patrimoine`)
    const overflow = () => phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(await overflow()).toBe(0)
    await browser.screenshot(phone, 'loans-patrimony-390')
    await phone.goto(`${testEnv.webUrl}/portail`)
    expect(await overflow()).toBe(0)
    await budgetCardShot(phone, 'loans-budget-card-390')
    await phone.goto(`${testEnv.webUrl}/portail/patrimoine/nouveau`)
    await phone.selectOption('select[name="category"]', 'mortgage')
    expect(await overflow()).toBe(0)
    await browser.screenshot(phone, 'loan-form-390')
    expect(browser.errors()).toEqual([])
  })

  it('the advisor sees Camille’s debt ratio from her recorded loans', async () => {
    const payload = await testPayload()
    const camille = (await payload.find({ collection: 'users', overrideAccess: true, where: { email: { equals: 'camille.martin@atlas.demo' } } })).docs[0]!
    const page = await browser.newPage({ width: 1366 })
    await signInOnAdmin(page, 'conseiller@atlas.demo', 'AtlasDemo2026!')
    await page.waitForURL((url) => url.pathname === '/admin', { timeout: 60_000 })
    await page.goto(`${testEnv.cmsUrl}/admin/clients/${camille.id}`)
    await page.waitForSelector('[data-testid="client-debt-ratio"]', { timeout: 60_000 })
    // Her mortgage's mensualité (demo seed) 1 380 € ÷ 4 000 € of income = 34,5 %, under the HCSF 35 %.
    const ratio = await page.textContent('[data-testid="client-debt-ratio"]')
    expect(ratio).toMatch(/34,5\s%/)
    expect(ratio).toContain('d’après les crédits enregistrés')
    expect(ratio).not.toContain('HCSF')
    expect(browser.errors()).toEqual([])
  })
})

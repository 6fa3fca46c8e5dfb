import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../cms/src/seed/demoAccounts'
import { uniqueEmail } from '../support/accounts'
import { testPayload } from '../support/payload'
import { testEnv } from '../support/env'
import { useBrowser } from './support/browser'
import { signInOnWeb } from './support/signIn'
import { signUpOnWeb } from './support/signUp'
import { adminUrl, signInToAdmin } from './support/staffLogin'

const browser = useBrowser()

/*
 * The servers under test have no price provider: values come from the
 * offline table of 30/11/2026 (BTC 79 843,21 €, CW8 544,1568 €).
 *   0,5 BTC  → 39 921,605 → 39 921,61 €
 *   50 CW8   → 27 207,84 €
 */

const submit = (page: Page) =>
  Promise.all([page.waitForURL(/\/portail\/patrimoine\?enregistre=1$/), page.click('[data-testid="asset-form"] button[type="submit"]')])

const lineOf = (page: Page, label: string) => page.locator('[data-testid="patrimony-line"]', { hasText: label })

describe('quoted holdings', () => {
  it('values 0,5 BTC from the price, says from which day, and asks for a value when the price is unknown', async () => {
    const page = await browser.newPage({ width: 1366 })
    await signUpOnWeb(page, { name: 'Hugo Lefèvre', email: uniqueEmail('cours') })

    await page.goto(`${testEnv.webUrl}/portail/patrimoine/nouveau`)
    await page.selectOption('select[name="category"]', 'crypto')
    await page.fill('input[name="label"]', 'Bitcoin')
    await page.fill('input[name="cryptoSymbol"]', 'BTC')
    await page.fill('input[name="cryptoQuantity"]', '0,5')
    expect(await page.textContent('.crypto-fields')).toContain('Atlas calcule la valeur : quantité × cours')
    await browser.screenshot(page, 'quoted-form-crypto-1366')
    await submit(page)

    const btc = lineOf(page, 'Bitcoin')
    expect(await btc.locator('.holding-value').textContent()).toMatch(/39\s921,61\s€/)
    expect(await btc.locator('[data-testid="holding-quote"]').textContent()).toBe('0,5 BTC · cours du 30/11')

    // A symbol the table does not know: refused at the value field, the typing kept; with a value it is saved as typed.
    await page.goto(`${testEnv.webUrl}/portail/patrimoine/nouveau`)
    await page.selectOption('select[name="category"]', 'crypto')
    await page.fill('input[name="label"]', 'Jeton maison')
    await page.fill('input[name="cryptoSymbol"]', 'XYZ')
    await page.fill('input[name="cryptoQuantity"]', '10')
    await page.click('[data-testid="asset-form"] button[type="submit"]')
    await page.waitForSelector('#field-value-error')
    expect(await page.textContent('#field-value-error')).toBe('Cours inconnu pour XYZ : saisissez la valeur.')
    expect(await page.inputValue('input[name="cryptoSymbol"]')).toBe('XYZ')
    await page.fill('input[name="value"]', '120')
    await submit(page)
    expect(await lineOf(page, 'Jeton maison').locator('[data-testid="holding-quote"]').textContent()).toBe('10 XYZ · valeur saisie')

    // A listed ETF on a PEA, by ticker.
    await page.goto(`${testEnv.webUrl}/portail/patrimoine/nouveau`)
    await page.selectOption('select[name="category"]', 'pea')
    await page.fill('input[name="label"]', 'PEA Bourse Direct')
    expect(await page.isVisible('[data-testid="listed-fields"]')).toBe(true)
    await page.fill('input[name="listedSymbol"]', 'cw8')
    await page.fill('input[name="listedQuantity"]', '50')
    await submit(page)
    const pea = lineOf(page, 'PEA Bourse Direct')
    expect(await pea.locator('.holding-value').textContent()).toMatch(/27\s207,84\s€/)
    expect(await pea.locator('[data-testid="holding-quote"]').textContent()).toBe('50 CW8 · cours du 30/11')
    // 39 921,61 + 120 + 27 207,84 = 67 249,45 €
    expect(await page.textContent('[data-testid="net-worth"]')).toMatch(/67\s249,45\s€/)
    await browser.screenshot(page, 'quoted-patrimony-1366')

    // The edit page keeps the quantity; the value shown is the computed one.
    await pea.locator('a', { hasText: 'Modifier' }).click()
    await page.waitForSelector('input[name="listedSymbol"]')
    expect(await page.inputValue('input[name="listedSymbol"]')).toBe('CW8')
    expect(await page.inputValue('input[name="value"]')).toBe('27207,84')
    expect(browser.errors()).toEqual([])
  })

  it('shows Camille’s demo BTC and World ETF from the table, on a phone', async () => {
    const page = await browser.newPage({ width: 390 })
    await signInOnWeb(page, 'camille.martin@atlas.demo', 'AtlasDemo2026!')
    await page.goto(`${testEnv.webUrl}/portail/patrimoine`)
    const quotes = await page.locator('[data-testid="holding-quote"]').allTextContents()
    expect(quotes.sort()).toEqual(['0,05 BTC · cours du 30/11', '50 CW8 · cours du 30/11'])
    expect(await page.textContent('[data-testid="net-worth"]')).toMatch(/319\s350,00\s€/)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)
    expect(overflow).toBe(false)
    await browser.screenshot(page, 'quoted-patrimony-390')

    await page.goto(`${testEnv.webUrl}/portail/patrimoine/nouveau`)
    await page.selectOption('select[name="category"]', 'securities-account')
    expect(await page.isVisible('[data-testid="listed-fields"]')).toBe(true)
    expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false)
    await browser.screenshot(page, 'quoted-form-listed-390')
    expect(browser.errors()).toEqual([])
  })

  it('shows the price in the admin, in French, with the computed value read-only', async () => {
    const payload = await testPayload()
    const camille = (await payload.find({ collection: 'users', overrideAccess: true, where: { email: { equals: 'camille.martin@atlas.demo' } } })).docs[0]!
    const assetsOf = async (category: string) =>
      (await payload.find({ collection: 'assets', overrideAccess: true, depth: 0, where: { and: [{ owner: { equals: camille.id } }, { category: { equals: category } }] } })).docs[0]!
    const bitcoin = await assetsOf('crypto')
    const livret = await assetsOf('livret-a')

    const page = await browser.newPage({ width: 1366 })
    await signInToAdmin(page, DEMO_ACCOUNTS.admin.email, DEMO_PASSWORD)
    await page.goto(`${adminUrl()}/admin/collections/assets/${bitcoin.id}`)
    const value = page.locator('#field-valueCents')
    // The form is ready (not the loading skeleton) once the label can be typed in.
    const ready = () => expect.poll(() => page.locator('#field-label').isEditable(), { timeout: 60_000 }).toBe(true)
    await ready()
    expect((await value.inputValue()).replace(/[\u202f\u00a0]/g, ' ')).toBe('3 992,16 €')
    expect(await value.isEditable()).toBe(false)
    expect(await page.inputValue('#field-unitPrice')).toBe('79843.21')
    const form = await page.textContent('form')
    expect(form).toContain('Cours retenu (€ par part)')
    expect(form).toContain('Date du cours')
    expect(form).toContain('Source du cours')
    await browser.screenshot(page, 'quoted-admin-1366')

    // A value typed by hand stays editable.
    await page.goto(`${adminUrl()}/admin/collections/assets/${livret.id}`)
    await ready()
    expect(await page.locator('#field-valueCents').isEditable()).toBe(true)
    expect(await page.locator('#field-unitPrice').count()).toBe(0)
    expect(browser.errors()).toEqual([])
  })
})

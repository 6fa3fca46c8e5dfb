import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { TEST_PASSWORD, uniqueEmail } from '../support/accounts'
import { testEnv } from '../support/env'
import { useBrowser } from './support/browser'
import { signUpOnWeb } from './support/signUp'
import { ASSETS, DEBTS, GROSS, NET_WORTH, addAsset } from './support/patrimony'

const browser = useBrowser()

const signUp = (page: Page, name: string) => signUpOnWeb(page, { name, email: uniqueEmail('patrimoine') })

describe('an investor’s patrimony', () => {
  it('adds five assets and a loan through the pages; the dashboard shows the net worth and its charts', async () => {
    const page = await browser.newPage()
    await signUp(page, 'Maëlle Rouxel')
    expect(await page.getAttribute('[data-testid="step-add-asset"]', 'href')).toBe('/portail/patrimoine/nouveau')
    expect(await page.getAttribute('[data-testid="step-questionnaire"]', 'href')).toBe('/portail/questionnaire')

    await page.click('[data-testid="nav-patrimony"]')
    await page.waitForSelector('[data-testid="patrimony-empty"]')

    // Over the Livret A ceiling: the cms refuses, the page says why at the field and keeps the typing.
    await page.goto(`${testEnv.webUrl}/portail/patrimoine/nouveau`)
    await page.selectOption('select[name="category"]', 'livret-a')
    await page.fill('input[name="label"]', 'Livret A')
    await page.fill('input[name="value"]', '23 000')
    await page.click('[data-testid="asset-form"] button[type="submit"]')
    await page.waitForSelector('#field-value-error')
    expect(await page.textContent('#field-value-error')).toMatch(/plafond légal du Livret A est de 22\s950,00\s€/)
    expect(await page.inputValue('input[name="value"]')).toBe('23 000')
    await browser.screenshot(page, 'asset-form-error-1280')
    for (const asset of ASSETS) await addAsset(page, asset)

    expect(await page.textContent('[data-testid="net-worth"]')).toMatch(NET_WORTH)
    expect(await page.locator('[data-testid="patrimony-line"]').count()).toBe(6)
    const groups = await page.locator('[data-testid="asset-group"] h3').allTextContents()
    expect(groups[0]).toMatch(/Compte courant\s*3\s250,40\s€/)
    await browser.screenshot(page, 'patrimony-1280')

    await page.goto(`${testEnv.webUrl}/portail`)
    expect(await page.textContent('[data-testid="net-worth"]')).toMatch(NET_WORTH)
    expect(await page.textContent('[data-testid="total-assets"]')).toMatch(GROSS)
    expect(await page.textContent('[data-testid="total-liabilities"]')).toMatch(DEBTS)
    // Everything was added this month: no month-over-month line, and the chart is this month alone — no 0 € month before it.
    expect(await page.locator('[data-testid="net-worth-change"]').count()).toBe(0)
    expect(await page.textContent('.net-worth')).not.toContain('depuis le mois dernier')
    const months = await page.$$eval('[data-testid="net-worth-chart"] tbody tr', (rows) => rows.map((row) => row.textContent ?? ''))
    expect(months).toHaveLength(1)
    expect(months[0]).toMatch(NET_WORTH)
    expect(await page.getAttribute('[data-testid="net-worth-chart"] svg.chart-wide', 'aria-label')).not.toMatch(/\s0,00\s€/)
    expect(await page.textContent('[data-testid="net-worth-first-month"]')).toMatch(/^Historique depuis \p{L}+ \d{4}/u)
    expect(await page.locator('[data-testid="net-worth-chart"] svg.chart-wide path').count()).toBeGreaterThan(0)
    expect(await page.locator('[data-testid="allocation-chart"] svg path').count()).toBe(5)
    expect(await page.getAttribute('[data-testid="net-worth-chart"] svg.chart-wide', 'aria-label')).toMatch(NET_WORTH)
    await browser.screenshot(page, 'dashboard-1280')

    await page.click('[data-testid="allocation-risque"]')
    await page.waitForURL(/repartition=risque/)
    // Livret A 12 000 + current account 3 250,40 = 15 250,40 € without risk
    await page.waitForSelector('[data-testid="allocation-row"]:has-text("Sans risque")')
    expect(await page.textContent('[data-testid="allocation-row"]:has-text("Sans risque")')).toMatch(/15\s250,40\s€/)
    expect(browser.errors()).toEqual([])
  })

  it('renders the charts on the server and stays readable on a 375 px phone', async () => {
    const page = await browser.newPage({ width: 375 })
    await page.goto(`${testEnv.webUrl}/connexion`)
    await page.fill('input[name="email"]', 'camille.martin@atlas.demo')
    await page.fill('input[name="password"]', 'AtlasDemo2026!')
    await Promise.all([page.waitForURL(/\/portail$/), page.click('form.form button[type="submit"]')])

    const html = await (await page.request.get(`${testEnv.webUrl}/portail`)).text()
    expect(html).toMatch(/data-testid="net-worth-chart"[\s\S]*<svg/)
    expect(html).toMatch(/data-testid="allocation-chart"[\s\S]*<svg/)
    // Camille's current net worth is unchanged by the history (cms/src/seed): 319 350,00 €
    expect(await page.textContent('[data-testid="net-worth"]')).toMatch(/319\s350,00\s€/)
    expect(await page.textContent('[data-testid="net-worth-change"]')).toMatch(/depuis le mois dernier/)
    const narrow = page.locator('[data-testid="net-worth-chart"] svg.chart-narrow')
    expect(await narrow.isVisible()).toBe(true)
    const box = await narrow.boundingBox()
    expect(box!.width).toBeLessThanOrEqual(375)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
    await browser.screenshot(page, 'dashboard-375')
    await page.goto(`${testEnv.webUrl}/portail/patrimoine`)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
    await browser.screenshot(page, 'patrimony-375')
    expect(browser.errors()).toEqual([])
  })
})

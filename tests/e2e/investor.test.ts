import { describe, expect, it } from 'vitest'
import { TEST_PASSWORD, uniqueEmail } from '../support/accounts'
import { testEnv } from '../support/env'
import { useBrowser } from './support/browser'
import { signInOnWeb } from './support/signIn'
import { signUpOnWeb } from './support/signUp'

const browser = useBrowser()

/** Camille's demo patrimony (cms/src/seed/demoAssets.ts), by hand:
 *  assets 4 200 + 22 950 + 85 500 + 27 207,84 (50 CW8) + 3 992,16 (0,05 BTC) + 390 000 = 533 850,00 €
 *  liabilities 214 500,00 € ; net worth 533 850 − 214 500 = 319 350,00 € */
const CAMILLE_NET_WORTH = /319\s350,00\s€/

describe('an investor', () => {
  it('signs up, lands on their own empty dashboard, and sees nobody else’s data', async () => {
    const page = await browser.newPage()
    await signUpOnWeb(page, { name: 'Inès Garnier', email: uniqueEmail('ines') })

    expect(await page.textContent('[data-testid="user-name"]')).toContain('Inès Garnier')
    expect(await page.isVisible('[data-testid="empty-state"]')).toBe(true)
    const body = await page.textContent('body')
    expect(body).not.toContain('Appartement Lyon 7e') // Camille's
    expect(body).not.toContain('Studio locatif Nantes') // Léa's
    await browser.screenshot(page, 'investor-empty-dashboard')
    expect(browser.errors()).toEqual([])
  })

  it('gets French field errors on a bad sign-up and keeps what was typed', async () => {
    const page = await browser.newPage()
    await page.goto(`${testEnv.webUrl}/inscription`)
    await page.fill('input[name="name"]', 'Jo')
    await page.fill('input[name="email"]', 'pas-une-adresse')
    await page.fill('input[name="password"]', 'court')
    await page.fill('input[name="passwordConfirm"]', 'autre')
    await page.click('form.form button[type="submit"]')
    await page.waitForSelector('[aria-invalid="true"]')
    expect(await page.inputValue('input[name="email"]')).toBe('pas-une-adresse')
    expect(await page.inputValue('input[name="name"]')).toBe('Jo')
    const text = await page.textContent('form.form')
    expect(text).toMatch(/adresse e-mail n’est pas valide/)
    expect(text).toMatch(/au moins 12 caractères/)
    expect(await page.getAttribute('input[name="email"]', 'aria-invalid')).toBe('true')
    await browser.screenshot(page, 'signup-errors')
  })

  it('sees their own patrimony and net worth after logging in', async () => {
    const page = await browser.newPage()
    await signInOnWeb(page, 'camille.martin@atlas.demo', 'AtlasDemo2026!')
    expect(await page.textContent('[data-testid="net-worth"]')).toMatch(CAMILLE_NET_WORTH)
    expect(await page.textContent('body')).toContain('Appartement Lyon 7e')
    expect(await page.textContent('body')).not.toContain('Studio locatif Nantes')
    await browser.screenshot(page, 'investor-dashboard')
  })

  it('logs out and can no longer open the portal', async () => {
    const page = await browser.newPage()
    await signInOnWeb(page, 'thomas.bernard@atlas.demo', 'AtlasDemo2026!')
    await Promise.all([page.waitForURL((url) => url.pathname === '/'), page.click('[data-testid="logout"]')])
    await page.goto(`${testEnv.webUrl}/portail`)
    expect(new URL(page.url()).pathname).toBe('/connexion')
  })
})

import { describe, expect, it } from 'vitest'
import { testEnv } from '../support/env'
import { useBrowser } from './support/browser'
import { signInOnAdmin } from './support/signIn'

const browser = useBrowser()

const loginOnAdmin = async (page: Awaited<ReturnType<typeof browser.newPage>>, email: string, password: string) => {
  await page.goto(`${testEnv.cmsUrl}/admin/login`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', password)
  await page.click('button[type="submit"]')
}

describe('the admin panel', () => {
  it('lets an admin in and shows the collections in French', async () => {
    const page = await browser.newPage()
    await signInOnAdmin(page, 'admin@atlas.demo', 'AtlasDemo2026!')
    await page.waitForURL((url) => url.pathname === '/admin', { timeout: 60_000 })
    // The dashboard's collection cards, grouped and labelled in French.
    await page.waitForSelector('h2:has-text("Clients")', { timeout: 60_000 })
    for (const card of ['Utilisateurs', 'Profils investisseurs', 'Patrimoine', 'Prospects', 'Formations', 'Factures']) {
      expect(await page.isVisible(`h3:has-text("${card}")`), card).toBe(true)
    }
    await browser.screenshot(page, 'admin-dashboard')
  })

  it('refuses an investor', async () => {
    const page = await browser.newPage()
    await loginOnAdmin(page, 'lea.dubois@atlas.demo', 'AtlasDemo2026!')
    await page.waitForURL(/\/admin\/unauthorized/, { timeout: 60_000 })
    await page.goto(`${testEnv.cmsUrl}/admin/collections/users`)
    await page.waitForURL(/\/admin\/unauthorized/, { timeout: 60_000 })
    expect(await page.isVisible('nav >> text=Utilisateurs')).toBe(false)
    await browser.screenshot(page, 'admin-refuses-investor')
  })
})

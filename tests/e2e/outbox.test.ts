import { describe, expect, it } from 'vitest'
import { uniqueEmail } from '../support/accounts'
import { testEnv } from '../support/env'
import { testPayload } from '../support/payload'
import { useBrowser } from './support/browser'
import { signInOnAdmin } from './support/signIn'

const browser = useBrowser()

describe('the outbox in the admin', () => {
  it('shows a stored mail’s HTML source as text, with nothing loaded from a CDN', async () => {
    const payload = await testPayload()
    const mail = await payload.create({
      collection: 'emails',
      overrideAccess: true,
      data: { to: uniqueEmail('outbox'), subject: 'Votre profil est validé', html: '<p>Bonjour <strong>Camille</strong></p>', text: 'Bonjour Camille', status: 'stored' } as never,
    })
    const page = await browser.newPage()
    await signInOnAdmin(page, 'admin@atlas.demo', 'AtlasDemo2026!')
    await page.waitForURL((url) => url.pathname === '/admin', { timeout: 60_000 })
    await page.goto(`${testEnv.cmsUrl}/admin/collections/emails/${mail.id}`)
    await page.waitForSelector('[data-testid="mail-source"]', { timeout: 60_000 })
    await page.click('[data-testid="mail-source"] summary')
    expect(await page.textContent('[data-testid="mail-source"]')).toContain('Source HTML du message')
    expect(await page.textContent('[data-testid="mail-source"] pre')).toBe('<p>Bonjour <strong>Camille</strong></p>')
    // Rendered as text, never as markup.
    expect(await page.locator('[data-testid="mail-source"] strong').count()).toBe(0)
    await browser.screenshot(page, 'admin-outbox-mail')
    expect(browser.errors()).toEqual([])
  })
})

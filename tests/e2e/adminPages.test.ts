import { describe, expect, it } from 'vitest'
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../cms/src/seed/demoAccounts'
import { testPayload } from '../support/payload'
import { useBrowser } from './support/browser'
import { adminUrl, signInToAdmin } from './support/staffLogin'

const browser = useBrowser()

/** What must never be read on an admin page: code leaking into words, Payload's gender hedges, English left over. */
const LEAKS = [/\[object Object\]/, /\bundefined\b/, /\bNaN\b/, /un\(e\)|ou nouvelle|trouvé\(e\)/, /\b(Create New|Add Line|No results|Invoice Id|Created At)\b/i]

/**
 * Every collection an admin opens in /admin (from the config: a collection
 * added later is visited too), its list and its creation form, in French.
 */
describe('every admin page, as the admin', () => {
  it('reads without "[object Object]", hedges or English, and raises no error', async () => {
    const payload = await testPayload()
    const visible = payload.config.collections.filter((collection) => collection.admin?.hidden !== true).map((collection) => collection.slug)
    const page = await browser.newPage({ width: 1366 })
    await signInToAdmin(page, DEMO_ACCOUNTS.admin.email, DEMO_PASSWORD)
    const found: string[] = []
    for (const slug of visible) {
      for (const path of [`/admin/collections/${slug}`, `/admin/collections/${slug}/create`]) {
        await page.goto(`${adminUrl()}${path}`)
        await page.waitForLoadState('networkidle')
        // What a person reads (innerText), not the inline scripts' source.
        const text = await page.locator('body').innerText()
        for (const leak of LEAKS) {
          const match = text.match(leak)
          if (match) found.push(`${path}: « ${match[0]} »`)
        }
      }
    }
    await browser.screenshot(page, 'admin-last-create-page')
    expect(found).toEqual([])
    expect(browser.errors()).toEqual([])
  }, 600_000)
})

import { afterAll, describe, expect, it } from 'vitest'
import type { Firm } from '@atlas/shared/payload-types'
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../cms/src/seed/demoAccounts'
import { testEnv } from '../support/env'
import { testPayload } from '../support/payload'
import { useBrowser } from './support/browser'
import { adminUrl, signInToAdmin } from './support/staffLogin'

const browser = useBrowser()
const stored = async () => (await (await testPayload()).findGlobal({ slug: 'firm', overrideAccess: true, depth: 0 })) as Firm

/** Waits until `check` holds, up to 60 s. */
const eventually = async (check: () => Promise<boolean>) => {
  for (let i = 0; i < 120; i += 1) {
    if (await check()) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error('condition not met within 60 s')
}

describe('the legal pages and the firm information, end to end', () => {
  let originalName: string | undefined

  afterAll(async () => {
    // Put the seeded name back for the other test files.
    if (originalName) await (await testPayload()).updateGlobal({ slug: 'firm', overrideAccess: true, data: { legalName: originalName } })
  })

  it('a visitor opens the CGU from the sign-up form and reads the firm’s name and ORIAS number', async () => {
    const firm = await stored()
    const page = await browser.newPage()
    await page.goto(`${testEnv.webUrl}/inscription`)
    const [cgu] = await Promise.all([page.context().waitForEvent('page'), page.click('#field-acceptTerms-hint a[href="/cgu"]')])
    await cgu.waitForLoadState()
    expect(new URL(cgu.url()).pathname).toBe('/cgu')
    expect(await cgu.textContent('h1')).toBe('Conditions générales d’utilisation')
    const body = (await cgu.textContent('main'))!
    expect(body).toContain(firm.legalName)
    await expect(cgu.textContent('[data-testid="footer-firm"]')).resolves.toContain(`ORIAS n° ${firm.orias.number}`)
    await browser.screenshot(cgu, 'legal-cgu')
  })

  it('an admin changes the raison sociale in /admin and the site’s footer shows the new name', async () => {
    const before = await stored()
    originalName = before.legalName
    const newName = `Atlas Patrimoine SAS (fictif) ${Math.random().toString(36).slice(2, 8)}`

    const visitor = await browser.newPage()
    await visitor.goto(`${testEnv.webUrl}/mentions-legales`)
    expect(await visitor.textContent('[data-testid="footer-firm"]')).toContain(before.legalName)

    const admin = await browser.newPage()
    await signInToAdmin(admin, DEMO_ACCOUNTS.admin.email, DEMO_PASSWORD)
    await admin.goto(`${adminUrl()}/admin/globals/firm`)
    await admin.waitForSelector('#field-legalName', { timeout: 60_000 })
    await admin.fill('#field-legalName', newName)
    await admin.click('#action-save')
    await eventually(async () => (await stored()).legalName === newName)

    await visitor.reload()
    expect(await visitor.textContent('[data-testid="footer-firm"]')).toContain(newName)
    expect(await visitor.textContent('main')).toContain(newName)
  })
})

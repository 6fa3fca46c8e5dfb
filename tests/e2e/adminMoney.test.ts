import { describe, expect, it } from 'vitest'
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../cms/src/seed/demoAccounts'
import { uniqueEmail } from '../support/accounts'
import { testPayload } from '../support/payload'
import { useBrowser } from './support/browser'
import { adminUrl, signInToAdmin } from './support/staffLogin'

const browser = useBrowser()
/** The browser's spacing of "250 000,00 €" (narrow no-break spaces) made plain for comparison. */
const plain = (text: string | null) => (text ?? '').replace(/[\u202f\u00a0]/g, ' ').trim()

/** Issue #12, defect 3 and the back-office polish: euros in, cents stored, Atlas and French dates on screen. */
describe('money and dates in the admin', () => {
  it('an advisor types 250 000 as euros; 25 000 000 cents are stored and "250 000,00 €" shown', async () => {
    const payload = await testPayload()
    const advisor = (
      await payload.find({
        collection: 'users',
        overrideAccess: true,
        where: { email: { equals: DEMO_ACCOUNTS.advisor.email } },
      })
    ).docs[0]!
    // 07:27 UTC on 28 November is 08:27 in Paris (winter time).
    const prospect = await payload.create({
      collection: 'prospects',
      overrideAccess: true,
      data: {
        lastName: 'Perrin',
        firstName: 'Anne',
        email: uniqueEmail('anne'),
        ownerAdvisor: advisor.id,
        nextActionAt: '2026-11-28T07:27:00.000Z',
      } as never,
    })

    const page = await browser.newPage()
    await signInToAdmin(page, DEMO_ACCOUNTS.advisor.email, DEMO_PASSWORD)
    expect(await page.title()).toContain('Atlas')
    expect(await page.title()).not.toMatch(/payload/i)

    await page.goto(`${adminUrl()}/admin/collections/prospects/${prospect.id}`)
    const input = page.locator('#field-estimatedAssetsCents')
    await input.waitFor({ timeout: 60_000 })
    await input.fill('250 000')
    await page.click('#action-save')
    await page.waitForSelector('.payload-toast-container .toast-success', {
      timeout: 60_000,
    })

    const stored = await payload.findByID({
      collection: 'prospects',
      id: prospect.id,
      overrideAccess: true,
      depth: 0,
    })
    expect(stored.estimatedAssetsCents).toBe(25_000_000)
    await page.reload()
    await input.waitFor({ timeout: 60_000 })
    expect(plain(await input.inputValue())).toBe('250 000,00 €')
    // The date picker reads day first, as in France — not the US "11/28/2026".
    expect(await page.locator('#field-nextActionAt input').inputValue()).toBe('28/11/2026')
    expect(await page.title()).not.toMatch(/payload/i)
    await browser.screenshot(page, 'admin-money-prospect')

    // Text that is not an amount is refused, in French, naming the field, and nothing is stored.
    await input.fill('deux cents')
    await input.press('Tab')
    await page.click('#action-save')
    const refusal = page.locator('.payload-toast-container .toast-error')
    await refusal.waitFor({ timeout: 60_000 })
    expect(await refusal.textContent()).toContain('Patrimoine estimé')
    // The field keeps what was typed.
    expect(await input.inputValue()).toBe('deux cents')
    await browser.screenshot(page, 'admin-money-refused')
    expect(
      (
        await payload.findByID({
          collection: 'prospects',
          id: prospect.id,
          overrideAccess: true,
          depth: 0,
        })
      ).estimatedAssetsCents,
    ).toBe(25_000_000)

    // The list: euros in the money column, the next action in French, in Paris time.
    await page.goto(
      `${adminUrl()}/admin/collections/prospects?where[id][equals]=${prospect.id}&columns=["lastName","estimatedAssetsCents","nextActionAt"]`,
    )
    const row = page.locator('table tbody tr').first()
    await row.waitFor({ timeout: 60_000 })
    const cells = plain(await row.textContent())
    expect(cells).toContain('250 000,00 €')
    expect(cells).toContain('28 novembre 2026, 08:27')
    await browser.screenshot(page, 'admin-money-list')
    expect(browser.errors()).toEqual([])
  })

  it('shows Atlas, not Payload, on the login page', async () => {
    const page = await browser.newPage()
    await page.goto(`${adminUrl()}/admin/login`)
    await page.waitForSelector('input[name="email"]', { timeout: 60_000 })
    expect(await page.title()).toContain('Atlas')
    expect(await page.title()).not.toMatch(/payload/i)
    expect(await page.locator('svg[aria-label="Atlas"]').count()).toBeGreaterThan(0)
    expect(await page.getAttribute('link[rel="icon"]', 'href')).toContain('atlas-icon.svg')
    await browser.screenshot(page, 'admin-login-atlas')
  })
})

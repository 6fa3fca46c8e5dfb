import { exampleAnswers } from '@atlas/shared/profile/questionnaire'
import { describe, expect, it } from 'vitest'
import { TEST_PASSWORD, uniqueEmail } from '../support/accounts'
import { testEnv } from '../support/env'
import { testPayload } from '../support/payload'
import { useBrowser } from './support/browser'
import { signInOnAdmin, signInOnWeb } from './support/signIn'

const browser = useBrowser()

describe('an advisor validates a profile, the investor is told', () => {
  it('shows the notification in the bell and on the notifications page, and marks it read', async () => {
    const payload = await testPayload()
    const advisor = (await payload.find({ collection: 'users', where: { email: { equals: 'conseiller@atlas.demo' } }, overrideAccess: true })).docs[0]!
    const email = uniqueEmail('valide')
    const investor = await payload.create({
      collection: 'users',
      overrideAccess: true,
      disableVerificationEmail: true,
      // Other files publish courses meanwhile: no course announcements for her, so the bell counts exactly what the test saw.
      data: {
        email,
        password: TEST_PASSWORD,
        name: 'Inès Moreau',
        role: 'investor',
        advisor: advisor.id,
        acceptTerms: true,
        _verified: true,
        notificationPreferences: { coursePublished: { inApp: false, email: false } },
      } as never,
    })
    const profile = (await payload.find({ collection: 'profiles', where: { owner: { equals: investor.id } }, overrideAccess: true })).docs[0]!
    await payload.update({ collection: 'profiles', id: profile.id, data: { ...exampleAnswers(), status: 'submitted' } as never, overrideAccess: true })

    // The advisor, in the admin's edit view of the profile, sets the status to "Validé" and saves
    // (at the public address: the admin's cookie is accepted only from a trusted origin).
    const admin = await browser.newPage()
    await signInOnAdmin(admin, 'conseiller@atlas.demo', 'AtlasDemo2026!', testEnv.cmsPublicUrl)
    await admin.waitForURL((url) => url.pathname === '/admin', { timeout: 60_000 })
    await admin.goto(`${testEnv.cmsPublicUrl}/admin/collections/profiles/${profile.id}`)
    await admin.waitForSelector('#field-status .rs__control', { timeout: 60_000 })
    await admin.click('#field-status .rs__control')
    await admin.click('.rs__option:has-text("Validé")')
    await admin.click('#action-save')
    await expect
      .poll(async () => (await payload.findByID({ collection: 'profiles', id: profile.id, overrideAccess: true })).status, { timeout: 30_000 })
      .toBe('validated')

    const unread = await payload.count({
      collection: 'notifications',
      where: { and: [{ recipient: { equals: investor.id } }, { read: { equals: false } }] },
      overrideAccess: true,
    })
    expect(unread.totalDocs).toBeGreaterThanOrEqual(1)

    // The investor signs in on web: the bell, server-rendered, counts it.
    // (Errors of the admin's own scripts are Payload's; from here on, the portal must have none.)
    const errorsBefore = browser.errors().length
    const page = await browser.newPage()
    await signInOnWeb(page, email, TEST_PASSWORD)
    const bell = page.getByTestId('notification-count')
    expect(await bell.textContent()).toBe(String(unread.totalDocs))
    await browser.screenshot(page, 'notifications-bell')

    await page.getByTestId('notification-bell').click()
    await page.waitForURL(/\/portail\/notifications$/)
    const validated = page.locator('[data-testid="notification"][data-event="profileValidated"]')
    await validated.waitFor()
    expect(await validated.textContent()).toContain('Votre questionnaire est validé')
    expect(await validated.textContent()).toContain(advisor.name)
    await browser.screenshot(page, 'notifications-page')

    await validated.getByTestId('mark-read').click()
    await page.waitForSelector('[data-testid="notification"][data-event="profileValidated"][data-read="true"]')
    const after = unread.totalDocs - 1
    if (after === 0) expect(await page.getByTestId('notification-count').count()).toBe(0)
    else expect(await page.getByTestId('notification-count').textContent()).toBe(String(after))
    expect(browser.errors().slice(errorsBefore)).toEqual([])
  })
})

import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAccount, TEST_PASSWORD, uniqueEmail } from '../support/accounts'
import { exampleAnswers } from '@atlas/shared/profile/questionnaire'
import { makeCourse } from '../support/courses'
import { testEnv } from '../support/env'
import { testPayload } from '../support/payload'
import { rest } from '../support/rest'
import { SCREENSHOT_DIR, useBrowser } from './support/browser'
import { addAsset, ASSETS } from './support/patrimony'
import { signInOnWeb } from './support/signIn'
import { signUpOnWeb } from './support/signUp'

const browser = useBrowser()

const progressOf = async (page: import('playwright-core').Page) => ({
  text: (await page.textContent('[data-testid="onboarding-progress"]'))?.trim(),
  bar: await page.getAttribute('#onboarding-progress-bar', 'value'),
  label: await page.getAttribute('#onboarding-progress-bar', 'aria-label'),
})
const doneSteps = (page: import('playwright-core').Page) =>
  page.$$eval('[data-testid^="onboarding-step-"][data-done="true"]', (items) => items.map((item) => item.getAttribute('data-testid')))

/** Issue #12: "Bien démarrer", a new investor's checklist on the dashboard. */
describe('the onboarding checklist', () => {
  it('starts a new investor at 1/5, counts their first asset, and stays hidden once dismissed', async () => {
    const page = await browser.newPage({ width: 1366 })
    const email = uniqueEmail('depart')
    await signUpOnWeb(page, { name: 'Nadia Lefort', email })

    await page.waitForSelector('[data-testid="onboarding-card"]')
    expect(await progressOf(page)).toEqual({ text: '1/5', bar: '1', label: '1 étape(s) sur 5 terminée(s)' })
    expect(await doneSteps(page)).toEqual(['onboarding-step-email'])
    // Every step links to where it is done; the advisor step writes to the advisor.
    expect(await page.getAttribute('[data-testid="onboarding-step-asset"] a', 'href')).toBe('/portail/patrimoine/nouveau')
    expect(await page.getAttribute('[data-testid="onboarding-step-advisor"] a', 'href')).toMatch(/^mailto:.+@/)
    await browser.screenshot(page, 'onboarding-1366')
    await (await page.$('[data-testid="onboarding-card"]'))!.screenshot({ path: path.join(SCREENSHOT_DIR, 'onboarding-card-1366.png') })

    await addAsset(page, ASSETS[1]!)
    await page.goto(`${testEnv.webUrl}/portail`)
    expect((await progressOf(page)).text).toBe('2/5')
    expect(await doneSteps(page)).toEqual(['onboarding-step-email', 'onboarding-step-asset'])

    const narrow = await browser.newPage({ width: 390 })
    await signInOnWeb(narrow, email, TEST_PASSWORD)
    await narrow.waitForSelector('[data-testid="onboarding-card"]')
    // Nothing wider than the screen.
    expect(await narrow.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await browser.screenshot(narrow, 'onboarding-390')
    // The card alone, at full size, to look at.
    await (await narrow.$('[data-testid="onboarding-card"]'))!.screenshot({ path: path.join(SCREENSHOT_DIR, 'onboarding-card-390.png') })

    await Promise.all([page.waitForURL(/\/portail\?bien-demarrer=masque$/), page.click('[data-testid="onboarding-dismiss"]')])
    await page.waitForSelector('[data-testid="onboarding-hidden"]')
    expect(await page.isVisible('[data-testid="onboarding-card"]')).toBe(false)
    await page.goto(`${testEnv.webUrl}/portail`)
    await page.waitForSelector('[data-testid="net-worth"]')
    expect(await page.isVisible('[data-testid="onboarding-card"]')).toBe(false)
    expect(browser.errors()).toEqual([])
  })

  it('is dismissed without JavaScript (a plain form) and does not come back', async () => {
    const investor = await createAccount('investor')
    const page = await browser.newPage({ width: 390, javaScriptEnabled: false })
    await signInOnWeb(page, investor.email, TEST_PASSWORD)
    await page.waitForSelector('[data-testid="onboarding-card"]')
    expect((await progressOf(page)).text).toBe('1/5')
    await Promise.all([page.waitForURL(/\/portail\?bien-demarrer=masque$/), page.click('[data-testid="onboarding-dismiss"]')])
    expect(await page.textContent('[data-testid="onboarding-hidden"]')).toContain('« Bien démarrer » est masquée')
    await page.goto(`${testEnv.webUrl}/portail`)
    expect(await page.isVisible('[data-testid="onboarding-card"]')).toBe(false)
  })

  it('congratulates an investor who did all five steps, and still lets them hide it', async () => {
    const investor = await createAccount('investor')
    const payload = await testPayload()
    const course = await makeCourse({ title: 'Bien démarrer' })
    await rest('POST', '/assets', { token: investor.token, body: { kind: 'asset', category: 'livret-a', label: 'Livret A', valueCents: 100_000 } })
    await rest('POST', '/enrollments/complete-lesson', { token: investor.token, body: { course: course.id, lesson: 'lire' } })
    const profile = (await payload.find({ collection: 'profiles', overrideAccess: true, where: { owner: { equals: investor.id } } })).docs[0]!
    await payload.update({ collection: 'profiles', id: profile.id, overrideAccess: true, data: { ...exampleAnswers(), status: 'submitted', firstMeetingAt: '2026-11-20T09:00:00.000Z' } as never })

    const page = await browser.newPage({ width: 1366 })
    await signInOnWeb(page, investor.email, TEST_PASSWORD)
    await page.waitForSelector('[data-testid="onboarding-complete"]')
    expect((await progressOf(page)).text).toBe('5/5')
    expect(await page.textContent('[data-testid="onboarding-complete"]')).toContain('Bravo')
    await (await page.$('[data-testid="onboarding-card"]'))!.screenshot({ path: path.join(SCREENSHOT_DIR, 'onboarding-complete-1366.png') })
    await Promise.all([page.waitForURL(/\/portail\?bien-demarrer=masque$/), page.click('[data-testid="onboarding-dismiss"]')])
    await page.goto(`${testEnv.webUrl}/portail`)
    await page.waitForSelector('[data-testid="net-worth"]')
    expect(await page.isVisible('[data-testid="onboarding-card"]')).toBe(false)
    expect(browser.errors()).toEqual([])
  })

  it('shows Léa (questionnaire in draft) her checklist part-done, and not Camille, who finished and hid it', async () => {
    const lea = await browser.newPage({ width: 1366 })
    await signInOnWeb(lea, 'lea.dubois@atlas.demo', 'AtlasDemo2026!')
    await lea.waitForSelector('[data-testid="onboarding-card"]')
    expect(await doneSteps(lea)).toEqual(['onboarding-step-email', 'onboarding-step-asset'])
    await browser.screenshot(lea, 'onboarding-lea-1366')

    const camille = await browser.newPage()
    await signInOnWeb(camille, 'camille.martin@atlas.demo', 'AtlasDemo2026!')
    await camille.waitForSelector('[data-testid="net-worth"]')
    expect(await camille.isVisible('[data-testid="onboarding-card"]')).toBe(false)
    expect(browser.errors()).toEqual([])
  })
})

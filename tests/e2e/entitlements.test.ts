import { describe, expect, it } from 'vitest'
import { TEST_PASSWORD, createAccount } from '../support/accounts'
import { makeCourse } from '../support/courses'
import { askedBefore, makePlan, PATRIMOINE, subscribe } from '../support/entitlements'
import { useBrowser } from './support/browser'
import { signInOnWeb } from './support/signIn'

/**
 * What a plan unlocks, in Chromium (docs/decisions/036-entitlements.md): a
 * free investor sees a premium course locked with the upgrade link, which
 * leads to /tarifs; once subscribed (the row the Stripe webhook writes) the
 * same page opens the lessons. The assistant says its allowance is used up
 * and refuses one more question with the cms's message.
 */
const browser = useBrowser()
const topic = `premium-${Math.random().toString(36).slice(2, 8)}`

describe('entitlements, end to end', () => {
  it('a premium course is locked with the upgrade link, and unlocks with a subscription', async () => {
    const investor = await createAccount('investor')
    const course = await makeCourse({ premium: true, topic, title: `Formation ${topic}` })
    const page = await browser.newPage()
    await signInOnWeb(page, investor.email, TEST_PASSWORD)

    await page.goto(page.url().replace(/\/portail.*$/, `/formation?theme=${topic}`))
    const card = page.locator('[data-testid="course-card"]')
    expect(await card.locator('[data-testid="premium-badge"]').textContent()).toBe('Premium')
    await browser.screenshot(page, 'entitlements-catalogue-locked')
    await Promise.all([page.waitForURL(/\/tarifs$/), card.locator('[data-testid="premium-unlock"] a').click()])

    await page.goto(page.url().replace(/\/tarifs$/, `/formation/${course.slug}`))
    await page.locator('[data-testid="course-locked-premium"]').waitFor()
    expect(await page.locator('[data-testid="upgrade-link"]').getAttribute('href')).toBe('/tarifs')
    expect(await page.locator('[data-testid="course-start"]').count()).toBe(0)
    expect(await page.content()).not.toContain('Transcription de la vidéo')
    await browser.screenshot(page, 'entitlements-course-locked')

    await subscribe(investor, (await makePlan('Patrimoine', PATRIMOINE)).id)
    await page.reload()
    expect(await page.locator('[data-testid="course-locked-premium"]').count()).toBe(0)
    await Promise.all([page.waitForURL(new RegExp(`/formation/${course.slug}/lire$`)), page.click('[data-testid="course-start"]')])
    await page.goto(page.url().replace(/\/lire$/, '/voir'))
    expect(await page.content()).toContain('Transcription de la vidéo.')
    expect(browser.errors()).toEqual([])
  })

  it('the assistant says the month’s questions are used up and refuses one more with the upgrade message', async () => {
    const investor = await createAccount('investor')
    await askedBefore(investor, 10)
    const page = await browser.newPage()
    await signInOnWeb(page, investor.email, TEST_PASSWORD)
    await page.goto(page.url().replace(/\/portail.*$/, '/portail/assistant'))
    expect(await page.locator('[data-testid="assistant-allowance-reached"] [data-testid="upgrade-link"]').getAttribute('href')).toBe('/tarifs')

    await Promise.all([page.waitForURL(/\/portail\/assistant\/\d+$/), page.click('[data-testid="new-conversation"]')])
    await page.waitForLoadState('networkidle')
    await page.fill('[data-testid="question"]', 'Quel est mon patrimoine net ?')
    await page.click('[data-testid="send"]')
    await expect.poll(() => page.locator('[data-testid="form-error"]').textContent()).toContain('Vous avez utilisé les 10 questions à l’assistant incluses ce mois-ci')
    expect(await page.locator('[data-testid="message-assistant"]').count()).toBe(0)
    await browser.screenshot(page, 'entitlements-assistant-reached')
    expect(browser.errors()).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import { testEnv } from '../support/env'
import { testPayload } from '../support/payload'
import { uniqueEmail } from '../support/accounts'
import { useBrowser } from './support/browser'

/**
 * The whole back-office story in Chromium: a visitor writes through /contact,
 * the advisor finds the prospect in the pipeline, moves it, invites them, and
 * the invited person opens the mailed link and lands in the portal.
 */
const browser = useBrowser()
const DEMO_ADVISOR = 'conseiller@atlas.demo'
const DEMO_PASSWORD = 'AtlasDemo2026!'
/**
 * The admin as a person opens it: at CMS_PUBLIC_URL (localhost), the origin
 * Payload trusts for cookie-authenticated writes (csrf), not CMS_URL (127.0.0.1).
 */
const adminUrl = () => testEnv.cmsUrl.replace('127.0.0.1', 'localhost')

describe('from contact request to investor', () => {
  it('looks right on a phone', async () => {
    const page = await browser.newPage({ width: 375 })
    await page.goto(`${testEnv.webUrl}/contact`)
    await page.click('form.contact-form button[type="submit"]')
    await page.waitForSelector('.field-error')
    await browser.screenshot(page, 'contact-375-errors')
    expect(browser.errors()).toEqual([])
  })

  it('visitor → pipeline → invitation → portal', async () => {
    const payload = await testPayload()
    const email = uniqueEmail('nadia')

    // 1. The visitor's request.
    const visitor = await browser.newPage()
    await visitor.goto(`${testEnv.webUrl}/`)
    await visitor.click('[data-testid="cta-secondary"]')
    await visitor.waitForURL(/\/contact$/)
    await visitor.fill('input[name="firstName"]', 'Nadia')
    await visitor.fill('input[name="lastName"]', 'Lefèvre')
    await visitor.fill('input[name="email"]', email)
    await visitor.fill('textarea[name="message"]', 'Bonjour, je voudrais un bilan de mon patrimoine.')
    await visitor.check('input[name="contactConsent"]')
    await browser.screenshot(visitor, 'contact-1280')
    await Promise.all([visitor.waitForURL(/\/contact\/merci$/), visitor.click('form.contact-form button[type="submit"]')])
    // The URL changes before the new page renders (client-side navigation): wait for the page itself.
    await visitor.waitForSelector('[data-testid="contact-sent"]')
    expect(await visitor.textContent('[data-testid="contact-sent"] h1')).toContain('Merci')

    // The request went to the least busy advisor (tested in cms/tests); the demo advisor takes it over for this story.
    const advisor = (await payload.find({ collection: 'users', overrideAccess: true, where: { email: { equals: DEMO_ADVISOR } } })).docs[0]!
    const prospect = (await payload.find({ collection: 'prospects', overrideAccess: true, where: { email: { equals: email } } })).docs[0]!
    expect(prospect.stage).toBe('new')
    await payload.update({
      collection: 'prospects',
      id: prospect.id,
      overrideAccess: true,
      data: { ownerAdvisor: advisor.id, nextActionAt: new Date(Date.now() + 3 * 86_400_000).toISOString() },
    })

    // 2. The advisor's pipeline: find the card, move it to "meeting".
    const desk = await browser.newPage()
    await desk.goto(`${adminUrl()}/admin/login`)
    await desk.fill('input[name="email"]', DEMO_ADVISOR)
    await desk.fill('input[name="password"]', DEMO_PASSWORD)
    await desk.click('button[type="submit"]')
    await desk.waitForURL((url) => url.pathname === '/admin', { timeout: 60_000 })
    await desk.waitForSelector('[data-testid="back-office-figures"]', { timeout: 60_000 })
    await browser.screenshot(desk, 'admin-dashboard-advisor')
    // The navigation links to the pipeline (the side menu may be folded at this width).
    expect(await desk.getAttribute('#nav-pipeline', 'href')).toBe('/admin/pipeline')
    await desk.goto(`${adminUrl()}/admin/pipeline`)
    const card = `[data-stage="new"] [data-testid="card-${prospect.id}"]`
    await desk.waitForSelector(card, { timeout: 60_000 })
    expect(await desk.textContent(card)).toContain('Nadia Lefèvre')
    await desk.selectOption(`[data-testid="move-${prospect.id}"]`, 'meeting')
    await desk.waitForSelector(`[data-stage="meeting"] [data-testid="card-${prospect.id}"]`, { timeout: 60_000 })
    await browser.screenshot(desk, 'admin-pipeline')
    expect((await payload.findByID({ collection: 'prospects', id: prospect.id, overrideAccess: true })).stage).toBe('meeting')

    // 3. The invitation, from the prospect's page.
    await desk.goto(`${adminUrl()}/admin/collections/prospects/${prospect.id}`)
    await desk.click('#send-invitation', { timeout: 60_000 })
    await desk.waitForSelector('[data-testid="invitation-status"]', { timeout: 60_000 })
    const mail = (await payload.find({ collection: 'emails', overrideAccess: true, where: { to: { equals: email } }, sort: '-createdAt', limit: 1 })).docs[0]!
    const link = new URL(/https?:\/\/\S+\/invitation\?token=[A-Za-z0-9_-]{43}/.exec(mail.text ?? '')![0])

    // 4. The invited person sets a password and lands in the portal.
    const invited = await browser.newPage()
    await invited.goto(`${testEnv.webUrl}${link.pathname}${link.search}`)
    expect(await invited.textContent('[data-testid="invitation-lead"]')).toContain(advisor.name)
    await invited.fill('input[name="password"]', 'Nouveau-client-2026')
    await invited.fill('input[name="passwordConfirm"]', 'Nouveau-client-2026')
    await invited.check('input[name="acceptTerms"]')
    await Promise.all([invited.waitForURL(/\/portail/, { timeout: 60_000 }), invited.click('form.form button[type="submit"]')])
    const user = (await payload.find({ collection: 'users', overrideAccess: true, where: { email: { equals: email } }, depth: 0 })).docs[0]!
    expect(user).toMatchObject({ role: 'investor', advisor: advisor.id, name: 'Nadia Lefèvre' })
    expect((await payload.findByID({ collection: 'prospects', id: prospect.id, overrideAccess: true, depth: 0 })).stage).toBe('won')

    // The admin's view of the firm.
    const adminPage = await browser.newPage()
    await adminPage.goto(`${adminUrl()}/admin/login`)
    await adminPage.fill('input[name="email"]', 'admin@atlas.demo')
    await adminPage.fill('input[name="password"]', DEMO_PASSWORD)
    await adminPage.click('button[type="submit"]')
    await adminPage.waitForSelector('[data-testid="back-office-figures"]', { timeout: 60_000 })
    await browser.screenshot(adminPage, 'admin-dashboard-figures')
    expect(browser.errors()).toEqual([])
  })
})

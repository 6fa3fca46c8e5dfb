import { describe, expect, it } from 'vitest'
import { exampleAnswers } from '@atlas/shared/profile/questionnaire'
import { testEnv } from '../support/env'
import { testPayload } from '../support/payload'
import { uniqueEmail } from '../support/accounts'
import { useBrowser } from './support/browser'
import { signInOnAdmin } from './support/signIn'

/**
 * The whole back-office story in Chromium: a visitor writes through /contact,
 * the advisor finds the prospect in the pipeline, drags it to another stage,
 * invites them, the invited person opens the mailed link and lands in the
 * portal with a pre-filled questionnaire, and the advisor finds the new
 * client in the clients list and validates their submitted profile.
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
      data: {
        ownerAdvisor: advisor.id,
        nextActionAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
        estimatedAssetsCents: 250_000_00,
        // What the advisor learnt on the phone: it pre-fills the questionnaire.
        discovery: { birthDate: '1986-09-23', profession: 'Kinésithérapeute', dependants: 2 },
      },
    })

    // 2. The advisor's pipeline: find the card, move it to "meeting".
    const desk = await browser.newPage()
    await signInOnAdmin(desk, DEMO_ADVISOR, DEMO_PASSWORD, adminUrl())
    await desk.waitForURL((url) => url.pathname === '/admin', { timeout: 60_000 })
    await desk.waitForSelector('[data-testid="back-office-figures"]', { timeout: 60_000 })
    await browser.screenshot(desk, 'admin-dashboard-advisor')
    // The navigation links to the pipeline (the side menu may be folded at this width).
    expect(await desk.getAttribute('#nav-pipeline', 'href')).toBe('/admin/pipeline')
    await desk.goto(`${adminUrl()}/admin/pipeline`)
    const card = `[data-stage="new"] [data-testid="card-${prospect.id}"]`
    await desk.waitForSelector(card, { timeout: 60_000 })
    expect(await desk.textContent(card)).toContain('Nadia Lefèvre')
    const countOf = async (stage: string) => Number(/\d+/.exec((await desk.textContent(`[data-testid="count-${stage}"]`)) ?? '')![0])
    const [newBefore, qualifiedBefore] = [await countOf('new'), await countOf('qualified')]
    // Drag and drop onto the "qualified" column: the card and the counts move at once, then the server agrees.
    // Dropped on the column's header: with many cards (a full suite run) the column is taller than the screen and its centre off it.
    await desk.dragAndDrop(card, '[data-stage="qualified"] .pipeline-column-header')
    await desk.waitForSelector(`[data-stage="qualified"] [data-testid="card-${prospect.id}"]`, { timeout: 60_000 })
    expect([await countOf('new'), await countOf('qualified')]).toEqual([newBefore - 1, qualifiedBefore + 1])
    await desk.waitForFunction((text) => document.querySelector('[data-testid="pipeline-status"]')?.textContent?.includes(text), 'Qualifié', { timeout: 60_000 })
    expect((await payload.findByID({ collection: 'prospects', id: prospect.id, overrideAccess: true })).stage).toBe('qualified')
    // The stage select stays, for the keyboard.
    await desk.selectOption(`[data-testid="move-${prospect.id}"]`, 'meeting')
    await desk.waitForSelector(`[data-stage="meeting"] [data-testid="card-${prospect.id}"]`, { timeout: 60_000 })
    await desk.waitForFunction((text) => document.querySelector('[data-testid="pipeline-status"]')?.textContent?.includes(text), 'Rendez-vous', { timeout: 60_000 })
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

    // 5. The questionnaire starts with what the advisor knew.
    await invited.goto(`${testEnv.webUrl}/portail/questionnaire/identite`)
    expect(await invited.inputValue('input[name="identity.birthDate"]')).toBe('1986-09-23')
    await invited.goto(`${testEnv.webUrl}/portail/questionnaire/profession`)
    expect(await invited.inputValue('input[name="work.profession"]')).toBe('Kinésithérapeute')

    // 6. The client submits the questionnaire (the wizard has its own test); the advisor finds them and validates.
    const profile = (await payload.find({ collection: 'profiles', overrideAccess: true, where: { owner: { equals: user.id } } })).docs[0]!
    await payload.update({ collection: 'profiles', id: profile.id, overrideAccess: true, data: { ...exampleAnswers(), work: { ...exampleAnswers().work, profession: 'Kinésithérapeute' }, status: 'submitted' } as never })
    expect(await desk.getAttribute('#nav-clients', 'href')).toBe('/admin/clients')
    await desk.goto(`${adminUrl()}/admin/clients?q=${encodeURIComponent('lefèvre')}&status=submitted`)
    await desk.waitForSelector(`[data-testid="client-${user.id}"]`, { timeout: 60_000 })
    expect(await desk.textContent('[data-testid="clients-table"]')).toContain('Nadia Lefèvre')
    await browser.screenshot(desk, 'admin-clients')
    await Promise.all([desk.waitForURL(new RegExp(`/admin/clients/${user.id}$`)), desk.click(`[data-testid="client-${user.id}"] a`)])
    await desk.waitForSelector('#validate-profile', { timeout: 60_000 })
    expect(await desk.textContent('[data-testid="client-risk"]')).toContain('dynamique')
    expect(await desk.textContent('[data-testid="answers-work"]')).toContain('Kinésithérapeute')
    expect(await desk.textContent('body')).toMatch(/250\s000/)
    await desk.click('#validate-profile')
    await desk.waitForSelector('[data-testid="validation-status"]', { timeout: 60_000 })
    expect(await desk.textContent('[data-testid="validation-status"]')).toContain('Profil validé le')
    await browser.screenshot(desk, 'admin-client-validated')
    expect((await payload.findByID({ collection: 'profiles', id: profile.id, overrideAccess: true, depth: 0 })).status).toBe('validated')

    // The admin's view of the firm.
    const adminPage = await browser.newPage()
    await signInOnAdmin(adminPage, 'admin@atlas.demo', DEMO_PASSWORD, adminUrl())
    await adminPage.waitForSelector('[data-testid="back-office-figures"]', { timeout: 60_000 })
    await browser.screenshot(adminPage, 'admin-dashboard-figures')
    expect(browser.errors()).toEqual([])
  })
})

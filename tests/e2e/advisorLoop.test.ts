import { describe, expect, it } from 'vitest'
import { TEST_PASSWORD, uniqueEmail } from '../support/accounts'
import { testEnv } from '../support/env'
import { lastMailTo } from '../support/outbox'
import { testPayload } from '../support/payload'
import { useBrowser } from './support/browser'
import { fillAndSubmitQuestionnaire } from './support/questionnaire'
import { signUpOnWeb } from './support/signUp'
import { adminUrl, signInToAdmin, staffPasswordFor } from './support/staffLogin'

/**
 * The advisor–client loop of a real firm, in Chromium (issue #12): a visitor
 * signs up and submits the questionnaire; the advisor the sign-up gave them
 * finds it on their home, validates it; the investor is told in the portal.
 * Then the advisor creates a prospect in the admin and invites them; the
 * prospect accepts and lands in the portal with that advisor.
 */
const browser = useBrowser()
const countIn = async (page: import('playwright-core').Page, selector: string) => Number((await page.textContent(selector))?.trim())

describe('the advisor–client loop', () => {
  it('sign-up → questionnaire → advisor’s home → validation → investor told; advisor’s prospect → invitation → portal', async () => {
    const payload = await testPayload()
    const email = uniqueEmail('margaux')

    // 1. A visitor signs up (mailed verification link) and submits the questionnaire.
    const investor = await browser.newPage()
    await signUpOnWeb(investor, { name: 'Margaux Petit', email })
    await fillAndSubmitQuestionnaire(investor, testEnv.webUrl)
    expect(await investor.textContent('[data-testid="profile-status"]')).toContain('Envoyé à votre conseiller')
    const client = (await payload.find({ collection: 'users', overrideAccess: true, depth: 0, where: { email: { equals: email } } })).docs[0]!
    expect(client.advisor).toEqual(expect.any(Number))
    const advisor = await payload.findByID({ collection: 'users', id: client.advisor as number, overrideAccess: true, depth: 0 })
    expect(advisor.role).toBe('advisor')
    // The mail telling the advisor, with the client's page in the admin.
    expect((await lastMailTo(advisor.email, /Questionnaire à valider : Margaux Petit/)).text).toContain(`/admin/clients/${client.id}`)

    // 2. That advisor (whichever the rule chose in the test database) opens the admin's home.
    const desk = await browser.newPage()
    await signInToAdmin(desk, advisor.email, await staffPasswordFor(advisor.email))
    await desk.waitForSelector('[data-testid="advisor-home"]', { timeout: 60_000 })
    expect(await desk.textContent('[data-testid="advisor-home"]')).toContain('Questionnaires à valider')
    expect(await countIn(desk, '[data-testid="todo-questionnaires-count"]')).toBeGreaterThanOrEqual(1)
    expect(await countIn(desk, '[data-testid="todo-notifications-count"]')).toBeGreaterThanOrEqual(1)
    expect(await countIn(desk, '[data-testid="figure-awaiting"] strong')).toBeGreaterThanOrEqual(1)
    await browser.screenshot(desk, 'advisor-home')
    await Promise.all([desk.waitForURL(/\/admin\/clients\?status=submitted/), desk.click('[data-testid="todo-questionnaires"] a')])
    await desk.waitForSelector(`[data-testid="client-${client.id}"]`, { timeout: 60_000 })
    await Promise.all([desk.waitForURL(new RegExp(`/admin/clients/${client.id}$`)), desk.click(`[data-testid="client-${client.id}"] a`)])
    await desk.click('#validate-profile', { timeout: 60_000 })
    await desk.waitForSelector('[data-testid="validation-status"]', { timeout: 60_000 })
    expect(await desk.textContent('[data-testid="validation-status"]')).toContain('Profil validé le')

    // 3. The investor is told in the portal.
    await investor.goto(`${testEnv.webUrl}/portail/notifications`)
    const validated = investor.locator('[data-testid="notification"][data-event="profileValidated"]')
    await validated.waitFor()
    expect(await validated.textContent()).toContain(advisor.name)
    await investor.goto(`${testEnv.webUrl}/portail/profil`)
    expect(await investor.textContent('[data-testid="profile-status"]')).toContain('Validé')

    // 4. The advisor creates a prospect in the admin ("Sauvegarder") and invites them from its page.
    const prospectEmail = uniqueEmail('paul')
    await desk.goto(`${adminUrl()}/admin/collections/prospects/create`)
    await desk.waitForSelector('#field-lastName', { timeout: 60_000 })
    await desk.fill('#field-firstName', 'Paul')
    await desk.fill('#field-lastName', 'Girard')
    await desk.fill('#field-email', prospectEmail)
    await Promise.all([desk.waitForURL(/\/admin\/collections\/prospects\/\d+$/, { timeout: 60_000 }), desk.click('#action-save')])
    const prospectId = Number(/(\d+)$/.exec(new URL(desk.url()).pathname)![1])
    const prospect = await payload.findByID({ collection: 'prospects', id: prospectId, overrideAccess: true, depth: 0 })
    expect(prospect).toMatchObject({ email: prospectEmail, ownerAdvisor: advisor.id })
    await desk.click('#send-invitation', { timeout: 60_000 })
    await desk.waitForSelector('[data-testid="invitation-status"]', { timeout: 60_000 })
    await browser.screenshot(desk, 'advisor-prospect-invited')

    // 5. The prospect accepts the invitation and lands in the portal with that advisor.
    const mail = await lastMailTo(prospectEmail, /./)
    const link = new URL(/https?:\/\/\S+\/invitation\?token=[A-Za-z0-9_-]{43}/.exec(mail.text)![0])
    const invited = await browser.newPage()
    await invited.goto(`${testEnv.webUrl}${link.pathname}${link.search}`)
    expect(await invited.textContent('[data-testid="invitation-lead"]')).toContain(advisor.name)
    await invited.fill('input[name="password"]', 'Nouveau-client-2026')
    await invited.fill('input[name="passwordConfirm"]', 'Nouveau-client-2026')
    await invited.check('input[name="acceptTerms"]')
    await Promise.all([invited.waitForURL(/\/portail/, { timeout: 60_000 }), invited.click('form.form button[type="submit"]')])
    const converted = (await payload.find({ collection: 'users', overrideAccess: true, depth: 0, where: { email: { equals: prospectEmail } } })).docs[0]!
    expect(converted).toMatchObject({ role: 'investor', advisor: advisor.id, name: 'Paul Girard' })
    expect(browser.errors()).toEqual([])
  })
})

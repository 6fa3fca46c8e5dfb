import { describe, expect, it } from 'vitest'
import { TEST_PASSWORD, uniqueEmail } from '../support/accounts'
import { testEnv } from '../support/env'
import { lastMailTo, linkIn } from '../support/outbox'
import { useBrowser } from './support/browser'
import { signInOnWeb } from './support/signIn'
import { openVerificationLink, signUpOnWeb, submitSignUp } from './support/signUp'

const browser = useBrowser()
const NEW_PASSWORD = 'Nouveau-mot-2-passe-solide'

describe('accounts like a bank’s, in a real browser', () => {
  it('signs up, cannot log in before the link, opens the link from the outbox, then logs in', async () => {
    const page = await browser.newPage()
    const email = uniqueEmail('verifie')
    await submitSignUp(page, { name: 'Romane Lefort', email })
    expect(await page.textContent('[data-testid="signup-sent"]')).toMatch(/Vérifiez votre boîte de réception/)

    await page.goto(`${testEnv.webUrl}/connexion`)
    await page.fill('input[name="email"]', email)
    await page.fill('input[name="password"]', TEST_PASSWORD)
    await page.click('form.form button[type="submit"]')
    await page.waitForSelector('[data-testid="resend-verification"]')
    expect(await page.textContent('[data-testid="form-error"]')).toMatch(/pas encore confirmée/)
    await Promise.all([page.waitForSelector('[data-testid="verification-resent"]'), page.click('[data-testid="resend-verification"] button')])

    await openVerificationLink(page, email)
    await signInOnWeb(page, email, TEST_PASSWORD)
    expect(await page.textContent('[data-testid="user-name"]')).toContain('Romane Lefort')
    expect(browser.errors()).toEqual([])
  })

  it('changes the password on the security page: another signed-in browser is logged out, this one stays', async () => {
    const email = uniqueEmail('securite')
    const laptop = await browser.newPage()
    await signUpOnWeb(laptop, { name: 'Noé Caradec', email })
    const phone = await browser.newPage()
    await signInOnWeb(phone, email, TEST_PASSWORD)

    await laptop.click('[data-testid="nav-security"]')
    await laptop.waitForURL(/\/portail\/securite$/)
    // The URL changes before React commits the page (router updates run in a transition): wait for the list itself.
    await laptop.waitForSelector('[data-testid="sessions"] [data-testid="session-current"]')
    expect(await laptop.locator('[data-testid="session-other"]').count()).toBe(1)
    expect(await laptop.getAttribute('[data-testid="security-two-factor"] a', 'href')).toBe('/portail/securite/double-authentification')
    await browser.screenshot(laptop, 'security-page')

    await laptop.fill('[data-testid="change-password"] input[name="currentPassword"]', 'Pas-le-bon-42-mot')
    await laptop.fill('[data-testid="change-password"] input[name="password"]', NEW_PASSWORD)
    await laptop.fill('[data-testid="change-password"] input[name="passwordConfirm"]', NEW_PASSWORD)
    await laptop.click('[data-testid="change-password"] button[type="submit"]')
    await laptop.waitForSelector('[data-testid="change-password"] [aria-invalid="true"]')
    expect(await laptop.textContent('[data-testid="change-password"]')).toMatch(/mot de passe actuel est incorrect/)

    await laptop.fill('[data-testid="change-password"] input[name="currentPassword"]', TEST_PASSWORD)
    await laptop.fill('[data-testid="change-password"] input[name="password"]', NEW_PASSWORD)
    await laptop.fill('[data-testid="change-password"] input[name="passwordConfirm"]', NEW_PASSWORD)
    await Promise.all([laptop.waitForSelector('[data-testid="security-done"]'), laptop.click('[data-testid="change-password"] button[type="submit"]')])
    expect(await laptop.locator('[data-testid="session-other"]').count()).toBe(0)

    await phone.goto(`${testEnv.webUrl}/portail`)
    await phone.waitForURL(/\/connexion/)
    await laptop.goto(`${testEnv.webUrl}/portail`)
    expect(await laptop.textContent('[data-testid="user-name"]')).toContain('Noé Caradec')
    expect(browser.errors()).toEqual([])
  })

  it('changes the e-mail: nothing changes until the link sent to the new address is opened', async () => {
    const email = uniqueEmail('ancienne')
    const newEmail = uniqueEmail('nouvelle')
    const page = await browser.newPage()
    await signUpOnWeb(page, { name: 'Lou Marchal', email })
    await page.goto(`${testEnv.webUrl}/portail/securite`)
    await page.fill('[data-testid="change-email"] input[name="email"]', newEmail)
    await page.fill('[data-testid="change-email"] input[name="currentPassword"]', TEST_PASSWORD)
    await Promise.all([page.waitForSelector('[data-testid="email-sent"]'), page.click('[data-testid="change-email"] button[type="submit"]')])
    expect(await page.textContent('.security-page')).toContain(`Adresse actuelle : ${email}`)
    await lastMailTo(email, /changement d’adresse/)

    const link = linkIn(await lastMailTo(newEmail, /nouvelle adresse e-mail/), '/confirmer-email')
    await page.goto(`${testEnv.webUrl}${link.pathname}${link.search}`)
    await page.waitForSelector('[data-testid="email-change-confirmed"]')
    await lastMailTo(email, /adresse e-mail Atlas a changé/)

    const elsewhere = await browser.newPage()
    await signInOnWeb(elsewhere, newEmail, TEST_PASSWORD)
    await elsewhere.goto(`${testEnv.webUrl}/portail/securite`)
    expect(await elsewhere.textContent('.security-page')).toContain(`Adresse actuelle : ${newEmail}`)
    expect(browser.errors()).toEqual([])
  })
})

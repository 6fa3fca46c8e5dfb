import { generate } from 'otplib'
import { describe, expect, it } from 'vitest'
import { TEST_PASSWORD, createAccount, uniqueEmail } from '../support/accounts'
import { testEnv } from '../support/env'
import { testPayload } from '../support/payload'
import { nextTotpCode, rememberTotpSecret } from '../support/twoFactor'
import { useBrowser } from './support/browser'
import { signInOnAdmin, signInOnWeb } from './support/signIn'

/** Two-factor authentication in Chromium (issue 11 item 5; docs/decisions/024). */
const browser = useBrowser()

describe('two-factor authentication', () => {
  it('a new advisor must enrol at the first admin login (QR, key, code, recovery codes), then logs in with a code', async () => {
    const payload = await testPayload()
    const email = uniqueEmail('advisor-2fa')
    await payload.create({
      collection: 'users',
      overrideAccess: true,
      disableVerificationEmail: true,
      data: { email, password: TEST_PASSWORD, name: 'Nina Conseillère', role: 'advisor', acceptTerms: true, _verified: true } as never,
    })

    const page = await browser.newPage()
    await page.goto(`${testEnv.cmsPublicUrl}/admin/login`)
    await page.fill('input[name="email"]', email)
    await page.fill('input[name="password"]', TEST_PASSWORD)
    await page.click('button[type="submit"]')
    await page.waitForSelector('[data-testid="two-factor-enrol"] img[alt*="QR"]', { timeout: 60_000 })
    // Held for enrolment: the admin itself still sends back to the login page.
    expect(await page.isVisible('form.login__form')).toBe(false)
    const secret = (await page.textContent('[data-testid="two-factor-secret"]'))!.trim()
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/)
    await browser.screenshot(page, 'admin-two-factor-enrol')

    await page.fill('#two-factor-code', '000000')
    await page.click('#two-factor-submit')
    await page.waitForSelector('.two-factor__error:has-text("n’est pas valable")', { timeout: 30_000 })
    await page.fill('#two-factor-code', await generate({ secret }))
    await page.click('#two-factor-submit')
    await page.waitForSelector('[data-testid="two-factor-recovery"]', { timeout: 30_000 })
    expect(await page.locator('.two-factor__codes li').count()).toBe(10)
    await browser.screenshot(page, 'admin-two-factor-recovery-codes')
    await page.click('#two-factor-continue')
    await page.waitForURL((url) => url.pathname === '/admin', { timeout: 60_000 })
    await page.waitForSelector('[data-testid="back-office-figures"]', { timeout: 60_000 })

    // A second browser: password, then the code computed from the secret the page showed.
    rememberTotpSecret(email, secret)
    const later = await browser.newPage()
    await signInOnAdmin(later, email, TEST_PASSWORD, testEnv.cmsPublicUrl)
    await later.waitForSelector('[data-testid="back-office-figures"]', { timeout: 60_000 })
    await browser.screenshot(later, 'admin-two-factor-login')
    expect(browser.errors()).toEqual([])
  })

  it('an investor turns it on in the portal and logs in with a code', async () => {
    const investor = await createAccount('investor')
    const page = await browser.newPage()
    await signInOnWeb(page, investor.email, TEST_PASSWORD)
    await page.goto(`${testEnv.webUrl}/portail/securite`)
    expect(await page.textContent('[data-testid="security-two-factor-status"]')).toMatch(/Désactivée/)
    await Promise.all([page.waitForURL(/double-authentification/), page.click('[data-testid="security-two-factor"] a')])
    await page.click('button:has-text("Activer la double authentification")')
    await page.waitForSelector('[data-testid="two-factor-enrol"] img', { timeout: 30_000 })
    const secret = (await page.textContent('[data-testid="two-factor-secret"]'))!.trim()
    await page.fill('input[name="code"]', await generate({ secret }))
    await page.click('[data-testid="two-factor-enrol"] button[type="submit"]')
    await page.waitForSelector('[data-testid="recovery-codes"]', { timeout: 30_000 })
    expect(await page.locator('[data-testid="recovery-codes"] li').count()).toBe(10)
    await browser.screenshot(page, 'portal-two-factor-enabled')

    rememberTotpSecret(investor.email, secret)
    const later = await browser.newPage()
    await later.goto(`${testEnv.webUrl}/connexion`)
    await later.fill('input[name="email"]', investor.email)
    await later.fill('input[name="password"]', TEST_PASSWORD)
    await Promise.all([later.waitForSelector('[data-testid="second-factor"]'), later.click('form.form button[type="submit"]')])
    await later.fill('input[name="code"]', '000000')
    await later.click('[data-testid="second-factor"] button[type="submit"]')
    await later.waitForSelector('text=Ce code n’est pas valable', { timeout: 30_000 })
    await later.fill('input[name="code"]', await nextTotpCode(investor.email))
    await Promise.all([later.waitForURL(/\/portail/), later.click('[data-testid="second-factor"] button[type="submit"]')])
    await later.goto(`${testEnv.webUrl}/portail/securite`)
    expect(await later.textContent('[data-testid="security-two-factor-status"]')).toMatch(/Activée depuis le/)
    expect(browser.errors()).toEqual([])
  })
})

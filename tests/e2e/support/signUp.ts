import type { Page } from 'playwright-core'
import { TEST_PASSWORD } from '../../support/accounts'
import { testEnv } from '../../support/env'
import { lastMailTo, linkIn } from '../../support/outbox'
import { signInOnWeb } from './signIn'

/** Fills web's sign-up form (at `url`: /inscription, or with its ?redirectTo=) and waits for "check your mailbox". */
export const submitSignUp = async (page: Page, { name, email }: { name: string; email: string }, url = `${testEnv.webUrl}/inscription`) => {
  await page.goto(url)
  await page.fill('input[name="name"]', name)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', TEST_PASSWORD)
  await page.fill('input[name="passwordConfirm"]', TEST_PASSWORD)
  await page.check('input[name="acceptTerms"]')
  await Promise.all([page.waitForSelector('[data-testid="signup-sent"]'), page.click('form.form button[type="submit"]')])
}

/** Opens the verification link of the last mail to `email` (read from the outbox, as the demo's admin would). */
export const openVerificationLink = async (page: Page, email: string) => {
  const link = linkIn(await lastMailTo(email, /Confirmez votre adresse/), '/verifier-email')
  await page.goto(`${testEnv.webUrl}${link.pathname}${link.search}`)
  await page.waitForSelector('[data-testid="email-verified"]')
}

/** Sign-up as a person does it: the form, the link in the mail, then the login page, up to the portal. */
export const signUpOnWeb = async (page: Page, account: { name: string; email: string }) => {
  await submitSignUp(page, account)
  await openVerificationLink(page, account.email)
  await signInOnWeb(page, account.email, TEST_PASSWORD)
}

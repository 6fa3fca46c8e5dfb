import type { Page } from 'playwright-core'
import { testEnv } from '../../support/env'

/** Signs in through web's login page, as a person would, and waits for the portal. */
export const signInOnWeb = async (page: Page, email: string, password: string) => {
  await page.goto(`${testEnv.webUrl}/connexion`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', password)
  await Promise.all([page.waitForURL(/\/portail/), page.click('form.form button[type="submit"]')])
}

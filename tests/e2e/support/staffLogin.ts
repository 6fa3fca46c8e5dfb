import type { Page } from 'playwright-core'
import { testEnv } from '../../support/env'

/**
 * The admin as a person opens it: at CMS_PUBLIC_URL, the origin Payload
 * trusts for cookie-authenticated writes (csrf), not CMS_URL (127.0.0.1).
 */
export const adminUrl = () => testEnv.cmsPublicUrl

/**
 * A staff member (advisor, admin, editor) signs in to the Payload admin and
 * lands on its home. The one place e2e tests log staff in: a second factor
 * for staff is added here.
 */
export const signInToAdmin = async (page: Page, email: string, password: string) => {
  await page.goto(`${adminUrl()}/admin/login`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => url.pathname === '/admin', { timeout: 60_000 })
}

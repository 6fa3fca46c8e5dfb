import type { Page } from 'playwright-core'
import { testEnv } from '../../support/env'
import { requiresTwoFactor } from '../../../shared/src/roles'
import { testPayload } from '../../support/payload'
import { nextTotpCode } from '../../support/twoFactor'

const usesSecondFactor = async (email: string): Promise<boolean> => {
  const payload = await testPayload()
  const account = await payload.db.findOne<{ id: number; role?: string; twoFactorEnabledAt?: unknown }>({ collection: 'users', where: { email: { equals: email.toLowerCase() } } })
  return requiresTwoFactor(account?.role as never) || Boolean(account?.twoFactorEnabledAt)
}

/** Signs in through web's login page, as a person would, and waits for the portal. */
export const signInOnWeb = async (page: Page, email: string, password: string) => {
  await page.goto(`${testEnv.webUrl}/connexion`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', password)
  await Promise.all([page.waitForURL(/\/portail/), page.click('form.form button[type="submit"]')])
}

/**
 * Signs in to the Payload admin at `baseUrl` with the password, then — for
 * staff who must use it (docs/decisions/024) — the second step: a code from
 * the known TOTP secret (tests/support/twoFactor.ts); waits for the admin.
 */
export const signInOnAdmin = async (page: Page, email: string, password: string, baseUrl = testEnv.cmsUrl) => {
  await page.goto(`${baseUrl}/admin/login`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', password)
  // Editors (and investors without TOTP) have no second step (docs/decisions/024). Decided from the
  // account, not from the page: the admin passes through /admin on its way to the code step.
  if (!(await usesSecondFactor(email))) {
    await Promise.all([page.waitForURL((url) => !url.pathname.startsWith('/admin/login'), { timeout: 60_000 }), page.click('button[type="submit"]')])
    return
  }
  await page.click('button[type="submit"]')
  await page.waitForSelector('[data-testid="two-factor-verify"]', { timeout: 60_000 })
  for (let attempt = 0; ; attempt += 1) {
    await page.fill('#two-factor-code', await nextTotpCode(email))
    await page.click('#two-factor-submit')
    const outcome = await Promise.race([
      page.waitForURL((url) => !url.pathname.startsWith('/admin/login'), { timeout: 60_000 }).then(() => 'in' as const),
      page.waitForSelector('.two-factor__error', { timeout: 60_000 }).then(() => 'refused' as const),
    ])
    // Another test process may have spent the same time step first: one more try with the next code.
    if (outcome === 'in' || attempt === 1) return
  }
}

import type { Page } from 'playwright-core'
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../../cms/src/seed/demoAccounts'
import { createAccount, TEST_PASSWORD } from '../../support/accounts'
import { testPayload } from '../../support/payload'
import { enrolTotp, passwordLogin, rest } from '../../support/rest'
import { testEnv } from '../../support/env'
import { signInOnAdmin } from './signIn'

/**
 * The admin as a person opens it: at CMS_PUBLIC_URL, the origin Payload
 * trusts for cookie-authenticated writes (csrf), not CMS_URL (127.0.0.1).
 */
export const adminUrl = () => testEnv.cmsPublicUrl

/**
 * A staff member (advisor, admin, editor) signs in to the Payload admin —
 * password, then the TOTP code (docs/decisions/024) — and lands on its home.
 */
export const signInToAdmin = async (page: Page, email: string, password: string) => {
  await signInOnAdmin(page, email, password, adminUrl())
  await page.waitForURL((url) => url.pathname === '/admin', { timeout: 60_000 })
}

const DEMO_STAFF: string[] = [DEMO_ACCOUNTS.admin.email, DEMO_ACCOUNTS.advisor.email]

/**
 * The password to sign in as a staff account a rule chose (e.g. the least
 * busy advisor): the demo's own, or — for an account another test file made,
 * whose TOTP secret this process cannot know — a known password and a fresh
 * TOTP enrolment after an admin's reset, as support would do for a lost phone.
 */
export const staffPasswordFor = async (email: string): Promise<string> => {
  if (DEMO_STAFF.includes(email)) return DEMO_PASSWORD
  const payload = await testPayload()
  const staff = (await payload.find({ collection: 'users', overrideAccess: true, depth: 0, where: { email: { equals: email } } })).docs[0]!
  await payload.update({ collection: 'users', id: staff.id, overrideAccess: true, data: { password: TEST_PASSWORD } as never })
  const admin = await createAccount('admin')
  const reset = await rest('POST', `/users/two-factor/reset/${staff.id}`, { token: admin.token })
  if (reset.status !== 200) throw new Error(`two-factor reset failed for ${email}: ${reset.status}`)
  const { token, secondFactor } = await passwordLogin(email, TEST_PASSWORD)
  if (secondFactor === 'enrol') await enrolTotp(email, token)
  return TEST_PASSWORD
}

import { randomUUID } from 'node:crypto'
import type { Role } from '@atlas/shared'
import { login } from './rest'
import { testPayload } from './payload'

export const TEST_PASSWORD = 'Correct-horse-42-battery'

export type Account = { id: number; email: string; token: string; role: Role }

/** A unique e-mail for a test, so files never collide on the shared database. */
export const uniqueEmail = (label: string) => `${label}-${randomUUID().slice(0, 8)}@test.atlas`

/**
 * Creates an account through the Local API (no access checks) and signs it in through REST.
 * A test's advisor takes no new clients or prospects by the least-busy rule (decision 025) unless
 * the test says `acceptsNewClients: true`: sign-ups and contact requests of other files running
 * meanwhile never land in its counts.
 */
export const createAccount = async (role: Role, extra: Record<string, unknown> = {}): Promise<Account> => {
  const payload = await testPayload()
  const email = uniqueEmail(role)
  if (role === 'advisor') extra = { acceptsNewClients: false, ...extra }
  const user = await payload.create({
    collection: 'users',
    overrideAccess: true,
    // A verified account (as if its link had been opened), without a verification mail.
    disableVerificationEmail: true,
    data: { email, password: TEST_PASSWORD, name: `Test ${role}`, role, acceptTerms: true, _verified: true, ...extra } as never,
  })
  return { id: user.id as number, email, role, token: await login(email, TEST_PASSWORD) }
}

export type Cast = {
  investor: Account
  otherInvestor: Account
  advisor: Account
  /** An advisor who does not serve `investor`. */
  otherAdvisor: Account
  editor: Account
  admin: Account
}

/**
 * The people of the access matrix: investor is the advisor's client;
 * otherInvestor is otherAdvisor's client, so each advisor has a client the
 * other must not reach.
 */
export const createCast = async (): Promise<Cast> => {
  const [advisor, otherAdvisor] = await Promise.all([createAccount('advisor'), createAccount('advisor')])
  const [investor, otherInvestor, editor, admin] = await Promise.all([
    createAccount('investor', { advisor: advisor.id }),
    // Every investor has an advisor (decision 025): another one, never left to the least-busy rule.
    createAccount('investor', { advisor: otherAdvisor.id }),
    createAccount('editor'),
    createAccount('admin'),
  ])
  return { investor, otherInvestor, advisor, otherAdvisor, editor, admin }
}

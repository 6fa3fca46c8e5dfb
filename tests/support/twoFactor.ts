import { generate } from 'otplib'
import { DEMO_ACCOUNTS, DEMO_TOTP_SECRET } from '../../cms/src/seed/demoAccounts'
import { testPayload } from './payload'

/*
 * The authenticator app of the tests: staff must use TOTP (docs/decisions/024),
 * so test accounts enrol through the real endpoints and log in with codes
 * computed by otplib from the secret the cms showed at enrolment (or the
 * demo's known secret for the seeded staff).
 */
const PERIOD = 30
const secrets = new Map<string, string>([
  [DEMO_ACCOUNTS.admin.email, DEMO_TOTP_SECRET],
  [DEMO_ACCOUNTS.advisor.email, DEMO_TOTP_SECRET],
])

export const rememberTotpSecret = (email: string, secret: string) => secrets.set(email.toLowerCase(), secret)
export const totpSecretOf = (email: string) => secrets.get(email.toLowerCase())

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * A code the cms will accept now for `email`: the cms refuses a time step
 * already used (no replay), and tests log the same account in often, so the
 * step is the current one or the first one after the last used (read from
 * the database), waiting for the next period when the window is spent.
 */
export async function nextTotpCode(email: string, secret = totpSecretOf(email)): Promise<string> {
  if (!secret) throw new Error(`no TOTP secret known for ${email}`)
  const payload = await testPayload()
  for (;;) {
    const row = await payload.db.findOne<{ id: number; totpLastStep?: number | null }>({ collection: 'users', where: { email: { equals: email.toLowerCase() } } })
    const now = Math.floor(Date.now() / 1000)
    const current = Math.floor(now / PERIOD)
    const step = Math.max(current, (row?.totpLastStep ?? -1) + 1)
    // The cms accepts one step of drift each way; keep a few seconds of margin on the late side.
    if (step <= current || (step === current + 1 && now % PERIOD < PERIOD - 3)) {
      return generate({ secret, epoch: step * PERIOD })
    }
    await sleep(((current + 1) * PERIOD - now) * 1000 + 200)
  }
}

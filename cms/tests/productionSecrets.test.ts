import { describe, expect, it } from 'vitest'
import { BAD_SECRETS, startInProduction } from '../../tests/support/startup'

/*
 * `next start` of the cms production build, NODE_ENV=production, each secret
 * the cms uses missing, too short or equal to a value once committed: the
 * process stops before serving, with one sentence naming the variable
 * (docs/decisions/018-secrets-and-client-ip.md).
 */
describe('the cms refuses to start in production without good secrets', () => {
  for (const name of ['PAYLOAD_SECRET', 'WEB_FORWARD_KEY', 'STRIPE_WEBHOOK_SECRET'] as const) {
    it(`${name}: missing, short or published → exit 1 with a sentence naming it`, async () => {
      const outcomes = await Promise.all(Object.values(BAD_SECRETS).map((value) => startInProduction('cms', name, value)))
      for (const [kind, outcome] of Object.keys(BAD_SECRETS).map((kind, i) => [kind, outcomes[i]!] as const)) {
        expect(outcome.exited, `${name} ${kind}: still running`).toBe(true)
        expect(outcome.code, `${name} ${kind}`).toBe(1)
        expect(outcome.stderr).toMatch(new RegExp(`refusing to start: ${name} is (not set|shorter than 32|a value published)`))
      }
    }, 120_000)
  }
})

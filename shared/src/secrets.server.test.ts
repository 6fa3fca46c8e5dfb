import { describe, expect, it } from 'vitest'
import { randomSecret, SECRET_NAMES, secretProblem } from './secrets.server'

describe('secretProblem', () => {
  it('a generated secret is fine', () => {
    for (const name of SECRET_NAMES) expect(secretProblem(name, randomSecret())).toBeNull()
  })

  it('missing, short and published values are refused with a sentence naming the variable', () => {
    for (const name of SECRET_NAMES) {
      expect(secretProblem(name, undefined)).toMatch(new RegExp(`^${name} is not set`))
      expect(secretProblem(name, 'x'.repeat(31))).toMatch(new RegExp(`^${name} is shorter than 32`))
      // The value .env.example published until decision 018 (long enough, yet public).
      expect(secretProblem(name, ['atlas', 'dev', 'secret', 'change', 'me', 'in', 'production'].join('-'))).toMatch(/published/)
    }
  })
})

import { describe, expect, it } from 'vitest'
import { REFRESH_MARGIN_SECONDS, tokenExpiry, tokenState } from './tokenExpiry.server'

const jwtWith = (claims: object) =>
  ['{"alg":"HS256"}', JSON.stringify(claims)].map((part) => Buffer.from(part).toString('base64url')).join('.') + '.sig'

describe('tokenExpiry', () => {
  it('reads the exp claim', () => {
    expect(tokenExpiry(jwtWith({ id: 1, exp: 1_800_000_000 }))).toBe(1_800_000_000)
  })

  it.each(['', 'not-a-jwt', 'a.%%%.c', jwtWith({ id: 1 }), jwtWith({ exp: 'soon' })])('is null for %j', (token) => {
    expect(tokenExpiry(token)).toBeNull()
  })
})

describe('tokenState', () => {
  const now = 1_000_000

  it('is fresh with more than the margin left', () => {
    expect(tokenState(now + REFRESH_MARGIN_SECONDS + 1, now)).toBe('fresh')
  })

  it('asks for a refresh within the last ten minutes', () => {
    expect(REFRESH_MARGIN_SECONDS).toBe(600)
    expect(tokenState(now + 599, now)).toBe('refresh')
    expect(tokenState(now + 1, now)).toBe('refresh')
  })

  it('asks for a refresh when the expiry is unknown', () => {
    expect(tokenState(undefined, now)).toBe('refresh')
  })

  it('is expired at or after exp', () => {
    expect(tokenState(now, now)).toBe('expired')
    expect(tokenState(now - 10, now)).toBe('expired')
  })
})

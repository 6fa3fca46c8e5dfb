/** Refresh a token that has less than this left to live. */
export const REFRESH_MARGIN_SECONDS = 10 * 60

export const nowInSeconds = (): number => Math.floor(Date.now() / 1000)

/**
 * The `exp` claim of a JWT (seconds since epoch), read without checking the
 * signature — only to know when to refresh; the cms checks the token itself.
 * Null when the token has no readable expiry.
 */
export function tokenExpiry(token: string): number | null {
  const payload = token.split('.')[1]
  if (!payload) return null
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: unknown }
    return typeof claims.exp === 'number' && Number.isFinite(claims.exp) ? claims.exp : null
  } catch {
    return null
  }
}

export type TokenState = 'fresh' | 'refresh' | 'expired'

/** Whether a token expiring at `exp` can be used as is, must be refreshed first, or is dead. */
export function tokenState(exp: number | undefined, now: number = nowInSeconds()): TokenState {
  if (exp === undefined || !Number.isFinite(exp)) return 'refresh'
  if (exp <= now) return 'expired'
  return exp - now < REFRESH_MARGIN_SECONDS ? 'refresh' : 'fresh'
}

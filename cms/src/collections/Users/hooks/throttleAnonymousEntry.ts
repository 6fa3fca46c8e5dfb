import type { CollectionAfterLoginHook, CollectionBeforeOperationHook } from 'payload'
import { checkRateLimit, recordAttempt } from '../../../rateLimit/limits'

/*
 * Per-IP limits on the two ways into an account (docs/decisions/018-secrets-and-client-ip.md):
 * - login: every attempt is written down first and the row is removed when
 *   the password was right, so what counts is failed logins per IP — beside
 *   Payload's per-account lockout, which alone lets anyone lock anyone.
 * - sign-up: every anonymous create of a user counts, accepted or refused,
 *   whatever endpoint calls it with the visitor's request.
 * Trusted server code (seed, Local API, endpoints with overrideAccess) is not a visitor.
 */

const LOGIN_ATTEMPT = 'loginAttemptId'

export const throttleAnonymousEntry: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if ((args as { overrideAccess?: boolean }).overrideAccess) return args
  if (operation === 'login') {
    const ipHash = await checkRateLimit(req, 'login')
    const attempt = await recordAttempt(req.payload, 'login', ipHash)
    req.context[LOGIN_ATTEMPT] = attempt.id
  }
  if (operation === 'create' && !req.user) await throttleSignup(req)
  return args
}

/** For a custom sign-up endpoint that creates the user with overrideAccess: counts and refuses like POST /api/users. */
export async function throttleSignup(req: Parameters<CollectionBeforeOperationHook>[0]['req']): Promise<void> {
  const ipHash = await checkRateLimit(req, 'signup')
  await recordAttempt(req.payload, 'signup', ipHash)
}

/** The password was right: this attempt was not a failure. */
export const forgetSuccessfulLogin: CollectionAfterLoginHook = async ({ req }) => {
  const id = req.context[LOGIN_ATTEMPT]
  if (typeof id === 'number' || typeof id === 'string') {
    await req.payload.delete({ collection: 'contact-attempts', id, overrideAccess: true })
  }
}

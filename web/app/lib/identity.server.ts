import type { Locale } from '@atlas/shared/i18n'
import type { LoginInput, SignupRequest } from '@atlas/shared/schemas/auth'
import { loginFailure, resetFailure, signupFailure, type FormFailure } from './authErrors.server'
import { cmsFetch } from './cms.server'
import type { User } from './user'

/* The identity calls of docs/api.md, each answering what the form needs. */

/** `secondFactor`: the token is held by the cms until a TOTP code (`verify`) or an enrolment (`enrol`, staff only). */
export type Credentials = { token: string; exp?: number; user: User; secondFactor?: 'verify' | 'enrol' }

type LoginAnswer = { user: User; token: string; exp: number; secondFactor?: 'verify' | 'enrol' }

/**
 * `visitor`: the headers vouching for the visitor's IP (clientIp.server.ts), for the cms's per-IP login limit;
 * `userAgent`: the browser's, recorded by the cms as the session's device (Sécurité du compte).
 */
export async function logIn(
  input: LoginInput,
  visitor: Record<string, string>,
  userAgent?: string | null,
): Promise<({ ok: true } & Credentials) | { ok: false; formError: string }> {
  const headers = userAgent ? { ...visitor, 'User-Agent': userAgent.slice(0, 400) } : visitor
  const result = await cmsFetch<LoginAnswer>('/api/users/login', { method: 'POST', body: input, headers })
  if (!result.ok) return { ok: false, formError: loginFailure(result) }
  if (!result.data?.token) return { ok: false, formError: 'errors.unexpected' }
  return { ok: true, token: result.data.token, exp: result.data.exp, user: result.data.user, secondFactor: result.data.secondFactor }
}

export async function signUp(
  input: SignupRequest,
  formFields: readonly string[],
  visitor: Record<string, string>,
): Promise<{ ok: true } | ({ ok: false } & FormFailure)> {
  // The same 202 whether or not the address had an account (its owner is told by mail).
  const result = await cmsFetch('/api/users/sign-up', { method: 'POST', body: input, locale: input.locale, headers: visitor })
  return result.ok ? { ok: true } : { ok: false, ...signupFailure(result, formFields) }
}

/** "Renvoyer le lien": the cms answers the same for any address; only "cannot reach it" matters. */
export async function resendVerification(email: string, locale: Locale, visitor: Record<string, string>): Promise<{ ok: boolean }> {
  // Counted with sign-ups per visitor IP (decision 018).
  const result = await cmsFetch('/api/users/resend-verification', { method: 'POST', body: { email }, locale, headers: visitor })
  return { ok: result.kind !== 'unavailable' }
}

export type LinkOutcome = 'done' | 'invalid' | 'unavailable'

const outcomeOf = (result: { ok: boolean; kind: string }): LinkOutcome =>
  result.ok ? 'done' : result.kind === 'unavailable' ? 'unavailable' : 'invalid'

/** The link of the verification mail (Payload's POST /api/users/verify/:token). */
export async function verifyEmail(token: string): Promise<LinkOutcome> {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(token)) return 'invalid'
  return outcomeOf(await cmsFetch(`/api/users/verify/${token}`, { method: 'POST' }))
}

/** The link sent to a new address: it becomes the login address. */
export async function confirmEmailChange(token: string, locale: Locale): Promise<LinkOutcome> {
  return outcomeOf(await cmsFetch('/api/users/confirm-email', { method: 'POST', body: { token }, locale }))
}

/** The cms answers 200 whatever the email; only "cannot reach it" is worth saying. */
export async function askPasswordReset(email: string, locale: Locale): Promise<{ ok: boolean }> {
  const result = await cmsFetch('/api/users/forgot-password', { method: 'POST', body: { email }, locale })
  return { ok: result.kind !== 'unavailable' }
}

export async function resetPassword(
  input: { token: string; password: string },
  locale: Locale,
  formFields: readonly string[],
): Promise<{ ok: true; credentials: Credentials | null } | ({ ok: false } & (FormFailure | { tokenInvalid: true }))> {
  const result = await cmsFetch<{ user: User; token?: string; secondFactor?: 'verify' | 'enrol' }>('/api/users/reset-password', {
    method: 'POST',
    body: input,
    locale,
  })
  if (!result.ok) return { ok: false, ...resetFailure(result, formFields) }
  // The password is changed either way; without a token the person logs in again.
  const token = result.data?.token
  return { ok: true, credentials: token ? { token, user: result.data.user, secondFactor: result.data.secondFactor } : null }
}

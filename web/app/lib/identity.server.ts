import type { Locale } from '@atlas/shared/i18n'
import type { LoginInput, SignupRequest } from '@atlas/shared/schemas/auth'
import { loginFailure, resetFailure, signupFailure, type FormFailure } from './authErrors.server'
import { cmsFetch } from './cms.server'
import type { User } from './user'

/* The identity calls of docs/api.md, each answering what the form needs. */

export type Credentials = { token: string; exp?: number; user: User }

type LoginAnswer = { user: User; token: string; exp: number }

/** `visitor`: the headers vouching for the visitor's IP (clientIp.server.ts), for the cms's per-IP login limit. */
export async function logIn(
  input: LoginInput,
  visitor: Record<string, string>,
): Promise<({ ok: true } & Credentials) | { ok: false; formError: string }> {
  const result = await cmsFetch<LoginAnswer>('/api/users/login', { method: 'POST', body: input, headers: visitor })
  if (!result.ok) return { ok: false, formError: loginFailure(result) }
  if (!result.data?.token) return { ok: false, formError: 'errors.unexpected' }
  return { ok: true, token: result.data.token, exp: result.data.exp, user: result.data.user }
}

export async function signUp(
  input: SignupRequest,
  formFields: readonly string[],
  visitor: Record<string, string>,
): Promise<{ ok: true } | ({ ok: false } & FormFailure)> {
  const result = await cmsFetch('/api/users', { method: 'POST', body: input, locale: input.locale, headers: visitor })
  return result.ok ? { ok: true } : { ok: false, ...signupFailure(result, formFields) }
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
  const result = await cmsFetch<{ user: User; token?: string }>('/api/users/reset-password', {
    method: 'POST',
    body: input,
    locale,
  })
  if (!result.ok) return { ok: false, ...resetFailure(result, formFields) }
  // The password is changed either way; without a token the person logs in again.
  const token = result.data?.token
  return { ok: true, credentials: token ? { token, user: result.data.user } : null }
}

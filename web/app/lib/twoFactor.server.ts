import type { Locale } from '@atlas/shared/i18n'
import { cmsFetch } from './cms.server'
import type { FormErrors } from './forms'

/*
 * The two-factor calls of the cms (docs/decisions/024), each answering what
 * the form needs: field errors come worded by the cms in the reader's
 * language (codes, current password), other refusals as a form error.
 */

export type Enrolment = { qrCode: string; secret: string; uri: string }
type Outcome<T> = ({ ok: true } & T) | ({ ok: false } & FormErrors)

const FIELDS = ['code', 'recoveryCode', 'currentPassword']

async function call<T>(path: string, token: string, locale: Locale, body?: unknown): Promise<Outcome<T>> {
  const result = await cmsFetch<T>(`/api/users/two-factor/${path}`, { method: 'POST', token, locale, body: body ?? {} })
  if (result.ok) return { ok: true, ...result.data }
  if (result.kind === 'unavailable') return { ok: false, fieldErrors: {}, formError: 'errors.service.unavailable' }
  const fieldErrors = Object.fromEntries(Object.entries(result.fieldErrors).filter(([path]) => FIELDS.includes(path)))
  if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors }
  if (result.status === 401) return { ok: false, fieldErrors: {}, formError: 'errors.twoFactor.noPendingLogin' }
  return { ok: false, fieldErrors: {}, formError: result.message || 'errors.unexpected' }
}

/** The login code step: a 6-digit code, or a recovery code when one is given. */
export const verifySecondFactor = (token: string, locale: Locale, input: { code: string; recoveryCode: string }) =>
  call<{ verified: true }>('verify', token, locale, input.recoveryCode ? { recoveryCode: input.recoveryCode } : { code: input.code })

export const cancelSecondFactor = (token: string, locale: Locale) => call<{ cancelled: boolean }>('cancel', token, locale)

export const startTwoFactor = (token: string, locale: Locale) => call<Enrolment>('start', token, locale)

export const confirmTwoFactor = (token: string, locale: Locale, code: string) =>
  call<{ recoveryCodes: string[]; enabledAt: string }>('confirm', token, locale, { code })

export const disableTwoFactor = (token: string, locale: Locale, input: { currentPassword: string; code: string }) =>
  call<{ disabled: true }>('disable', token, locale, input)

export const regenerateRecoveryCodes = (token: string, locale: Locale, input: { currentPassword: string; code: string }) =>
  call<{ recoveryCodes: string[] }>('recovery-codes', token, locale, input)

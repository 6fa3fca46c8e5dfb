import { ValidationError, type PayloadRequest } from 'payload'
import { isRole } from '@atlas/shared'
import { translate, type Locale, type MessageKey } from '@atlas/shared/i18n'
import { requestLocale } from '../i18n/requestLocale'

export const noStore = { 'cache-control': 'private, no-store' }

/** A refusal with one localized message: `{ errors: [{ message }] }`. */
export const refuse = (status: number, locale: Locale, key: MessageKey): Response =>
  Response.json({ errors: [{ message: translate(locale, key) }] }, { status, headers: noStore })

/** Bad input at a field: Payload's 400 ValidationError shape, message localized. */
export const fieldError = (locale: Locale, path: string, key: MessageKey): never => {
  throw new ValidationError({ errors: [{ path, message: translate(locale, key) }] })
}

export type BillingCaller = { id: number; email: string; name?: string | null; locale: Locale }

/** The signed-in investor, or the refusal to answer (401 anonymous, 403 staff). */
export const investorOf = (req: PayloadRequest): BillingCaller | Response => {
  const locale = requestLocale(req)
  const user = req.user as { id?: unknown; role?: unknown; email?: unknown; name?: unknown } | null
  if (!user || typeof user.id !== 'number') return refuse(401, locale, 'errors.billing.signIn')
  if (!isRole(user.role) || user.role !== 'investor') return refuse(403, locale, 'errors.billing.investorsOnly')
  return { id: user.id, email: String(user.email ?? ''), name: typeof user.name === 'string' ? user.name : null, locale }
}

/** The JSON body of a POST, or {} when there is none or it is not JSON (the checks then name the missing fields). */
export const jsonBody = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  try {
    const body = req.json ? await req.json() : undefined
    return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

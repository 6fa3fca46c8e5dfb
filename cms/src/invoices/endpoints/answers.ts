import { APIError, type PayloadRequest } from 'payload'
import { translate } from '@atlas/shared/i18n'
import { roleOf } from '../../access/roleOf'
import { requestLocale } from '../../i18n/requestLocale'

const noStore = { 'cache-control': 'private, no-store' }

/** A 4xx with a translated message (French first). */
export const refusal = (req: PayloadRequest, status: number, key: string) =>
  Response.json({ errors: [{ message: translate(requestLocale(req), key) }] }, { status, headers: noStore })

/** Admins only: 401 anonymous, 403 anyone else. */
export const adminRefusal = (req: PayloadRequest): Response | null =>
  roleOf(req.user) === 'admin' ? null : refusal(req, req.user ? 403 : 401, 'errors.invoice.adminsOnly')

/** An APIError thrown by the issuing code (already localized) becomes its 4xx; anything else is rethrown. */
export const answerError = (error: unknown): Response => {
  if (error instanceof APIError && error.status >= 400 && error.status < 500) {
    return Response.json({ errors: [{ message: error.message }] }, { status: error.status, headers: noStore })
  }
  throw error
}

export const routeId = (req: PayloadRequest): number | null => {
  const id = Number(req.routeParams?.id)
  return Number.isSafeInteger(id) && id > 0 ? id : null
}

export const json = (body: unknown, status = 200) => Response.json(body, { status, headers: noStore })

import type { PayloadRequest } from 'payload'
import { translate } from '@atlas/shared/i18n'
import { requestLocale } from '../../i18n/requestLocale'

const noStore = { 'cache-control': 'private, no-store' }

/**
 * A refusal in Payload's shape, in the caller's language, at the field that
 * caused it: `{ errors: [{ message, path, data: { errors: [{ path, message }] } }] }`
 * (the `data.errors` form is Payload's own field-error shape, which web's forms read).
 */
export const documentRefusal = (req: PayloadRequest, status: number, key: string, path?: string) => {
  const message = translate(requestLocale(req), key)
  const error = path ? { message, path, data: { errors: [{ path, message }] } } : { message }
  return Response.json({ errors: [error] }, { status, headers: noStore })
}

export const documentJson = (body: unknown, status = 200) => Response.json(body, { status, headers: noStore })

export const routeId = (req: PayloadRequest): number | null => {
  const id = Number(req.routeParams?.id)
  return Number.isSafeInteger(id) && id > 0 ? id : null
}

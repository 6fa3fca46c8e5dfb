import type { PayloadHandler, PayloadRequest, SanitizedConfig } from 'payload'
import { translate } from '@atlas/shared/i18n'
import { requestLocale } from '../i18n/requestLocale'

/**
 * Payload 3.90's `DELETE /api/payload-preferences/:key` deletes with
 * `db.deleteOne` and the polymorphic `user.value`/`user.relationTo` where,
 * which the postgres adapter's delete path does not join: a 500 (a key the
 * caller has no preference for included). Same rule, done in two steps the
 * adapter handles — find the caller's own row as Payload reads preferences
 * (`db.find` joins it), then delete that row by id. Same answers as Payload's
 * handler: 401 without a user, 404 when there is nothing, else the deleted
 * preference with Payload's message.
 */
const ownPreference = async (req: PayloadRequest, key: string) => {
  const user = req.user as { id: number | string; collection: string }
  const { docs } = await req.payload.db.find<{ id: number | string }>({
    collection: 'payload-preferences',
    limit: 1,
    pagination: false,
    req,
    where: { and: [{ key: { equals: key } }, { 'user.value': { equals: user.id } }, { 'user.relationTo': { equals: user.collection } }] },
  })
  return docs[0]
}

/** A key with a NUL byte cannot be stored or looked up in PostgreSQL text: a 400 here, not a 500 from the driver. */
const refuseNulKeys = (handler: PayloadHandler): PayloadHandler => async (req) => {
  if (String(req.routeParams?.key ?? '').includes('\u0000')) {
    return Response.json({ errors: [{ message: translate(requestLocale(req), 'errors.text.nul') }] }, { status: 400 })
  }
  return handler(req)
}

export const guardPreferenceKeys = (config: SanitizedConfig): void => {
  const preferences = config.collections.find((collection) => collection.slug === 'payload-preferences')
  const endpoints = Array.isArray(preferences?.endpoints) ? preferences.endpoints.filter((candidate) => candidate.path === '/:key') : []
  for (const byKey of endpoints) byKey.handler = refuseNulKeys(byKey.handler)
  const endpoint = endpoints.find((candidate) => candidate.method === 'delete')
  if (!endpoint) return
  endpoint.handler = refuseNulKeys(async (req) => {
    if (!req.user) return Response.json({ errors: [{ message: req.t('error:unauthorized') }] }, { status: 401 })
    const found = await ownPreference(req, String(req.routeParams?.key ?? ''))
    if (!found) return Response.json({ errors: [{ message: req.t('error:notFound') }] }, { status: 404 })
    await req.payload.db.deleteOne({ collection: 'payload-preferences', req, where: { id: { equals: found.id } }, returning: false })
    return Response.json({ ...found, message: req.t('general:deletedSuccessfully') }, { status: 200 })
  })
}

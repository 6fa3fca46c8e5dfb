import type { PayloadHandler, PayloadRequest, SanitizedConfig } from 'payload'

/**
 * Payload 3.90's `DELETE /api/payload-preferences/:key` deletes with
 * `db.deleteOne`, whose fallback lookup does not join the polymorphic `user`
 * relationship: a key the caller has no preference for is a 500 instead of
 * a 404. Ask first with the same rule Payload reads preferences by (`db.find`
 * joins it), answer Payload's own 404 when there is nothing, else let Payload delete.
 */
const hasPreference = async (req: PayloadRequest, key: string): Promise<boolean> => {
  const user = req.user as { id: number | string; collection: string }
  const { docs } = await req.payload.db.find({
    collection: 'payload-preferences',
    limit: 1,
    pagination: false,
    req,
    where: { and: [{ key: { equals: key } }, { 'user.value': { equals: user.id } }, { 'user.relationTo': { equals: user.collection } }] },
  })
  return docs.length > 0
}

export const answerMissingPreferenceDeletes = (config: SanitizedConfig): void => {
  const preferences = config.collections.find((collection) => collection.slug === 'payload-preferences')
  const endpoint = Array.isArray(preferences?.endpoints)
    ? preferences.endpoints.find((candidate) => candidate.method === 'delete' && candidate.path === '/:key')
    : undefined
  if (!endpoint) return
  const deletePreference: PayloadHandler = endpoint.handler
  endpoint.handler = async (req) => {
    const key = String(req.routeParams?.key ?? '')
    if (req.user && !(await hasPreference(req, key))) {
      return Response.json({ errors: [{ message: req.t('error:notFound') }] }, { status: 404 })
    }
    return deletePreference(req)
  }
}

import { ValidationError, type CollectionConfig, type Endpoint, type PayloadRequest } from 'payload'
import { translate } from '@atlas/shared/i18n'
import { requestLocale } from '../i18n/requestLocale'

/*
 * PostgreSQL text cannot hold U+0000. Custom endpoints read their JSON body
 * themselves (sign-up, contact, invitations, quiz answers…), some of them
 * querying with it before any field validator runs: every custom endpoint is
 * wrapped once here, and a body with a NUL anywhere is a 400 at that path
 * before the handler starts.
 */

/** The dotted path of the first string (or key) holding a NUL, if any. */
export const nulPath = (value: unknown, path: string[] = []): string | undefined => {
  if (typeof value === 'string') return value.includes('\u0000') ? path.join('.') || 'body' : undefined
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = nulPath(item, [...path, String(index)])
      if (found !== undefined) return found
    }
    return undefined
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes('\u0000')) return [...path, key.replaceAll('\u0000', '')].join('.') || 'body'
      const found = nulPath(item, [...path, key])
      if (found !== undefined) return found
    }
  }
  return undefined
}

const bodyOf = async (req: PayloadRequest): Promise<unknown> => {
  if (!['POST', 'PATCH', 'PUT'].includes(req.method ?? '')) return undefined
  if (!(req.headers.get('content-type') ?? '').includes('application/json')) return undefined
  const request = req as unknown as Request
  if (typeof request.clone !== 'function' || request.bodyUsed) return undefined
  return request.clone().json().catch(() => undefined)
}

const nulFree = (endpoint: Endpoint): Endpoint => ({
  ...endpoint,
  handler: async (req) => {
    const path = nulPath(await bodyOf(req))
    if (path !== undefined) throw new ValidationError({ errors: [{ path, message: translate(requestLocale(req), 'errors.text.nul') }] })
    return endpoint.handler(req)
  },
})

export const withNulFreeEndpoints = (endpoints: Endpoint[]): Endpoint[] => endpoints.map(nulFree)

export const withNulFreeCollectionEndpoints = (collections: CollectionConfig[]): CollectionConfig[] =>
  collections.map((collection) =>
    collection.endpoints ? { ...collection, endpoints: withNulFreeEndpoints(collection.endpoints) } : collection,
  )

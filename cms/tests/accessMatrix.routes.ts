/**
 * The routes Payload mounts, read from the live (sanitized) config, and the
 * check that each one has a decided row in the access table. Pure: the
 * coverage test feeds it a config with an extra collection/endpoint/global.
 */

/** How the matrix proves one of Payload's own collection routes (accessMatrix.test.ts). */
export const COLLECTION_ROUTES = {
  'GET /': 'list',
  'GET /count': 'count',
  'GET /:id': 'byId',
  'POST /': 'create',
  'PATCH /:id': 'update',
  'PATCH /': 'updateWhere',
  'DELETE /:id': 'delete',
  'DELETE /': 'deleteWhere',
  'GET /versions': 'versions',
  'GET /versions/:id': 'versionById',
  'POST /versions/:id': 'restore',
  'POST /:id/duplicate': 'duplicate',
} as const
export type RouteKind = (typeof COLLECTION_ROUTES)[keyof typeof COLLECTION_ROUTES]

/**
 * Payload's routes the matrix does not call, each with why and where its rule
 * is proven. A route Payload adds in an upgrade is in neither list: the
 * coverage test fails until someone decides it.
 */
export const DECIDED_ELSEWHERE: Record<string, string> = {
  'POST /access/:id?': "the caller's own permissions on one document, nothing of the document",
  'GET /access': "root: the caller's own permissions",
  'POST /login': 'auth: accountSecurity.test.ts, clientIpLimits.test.ts',
  'POST /logout': 'auth: accountSecurity.test.ts',
  'GET /me': 'auth: the caller only (accountSecurity.test.ts)',
  'POST /refresh-token': 'auth: the caller only',
  'POST /forgot-password': 'auth: accountRules.test.ts',
  'POST /reset-password': 'auth: accountRules.test.ts',
  'POST /verify/:id': 'auth: accountSecurity.test.ts',
  'POST /unlock': 'auth: access.unlock = admins',
  'POST /first-register': 'auth: refused once a user exists',
  'GET /init': 'auth: whether a first user exists',
  'GET /file/:filename': 'uploads: media read (public)',
  'GET /paste-url/:id?': 'uploads: media create/update',
}

/** Row operations a collection needs: the four of every collection, plus its versions' when versioned. */
export const operationsFor = (versioned: boolean) =>
  versioned ? (['create', 'read', 'update', 'delete', 'readVersions', 'restore'] as const) : (['create', 'read', 'update', 'delete'] as const)

type EndpointLike = { path: string; method: string }
type CollectionLike = { slug: string; versions?: unknown; endpoints?: EndpointLike[] | false }
type GlobalLike = { slug: string; versions?: unknown; endpoints?: EndpointLike[] | false }
export type ConfigLike = { collections: CollectionLike[]; globals?: GlobalLike[]; endpoints?: EndpointLike[] | false }

const routeName = (endpoint: EndpointLike, prefix = '') => `${endpoint.method.toUpperCase()} ${prefix}${endpoint.path === '/' && prefix ? '' : endpoint.path}`

/** Whether a route pattern (`/:key`) also matches another route's path (`/count`, `/:id`). */
const matches = (pattern: string, path: string) => {
  const a = pattern.split('/').filter(Boolean)
  const b = path.split('/').filter(Boolean)
  return a.length === b.length && a.every((segment, i) => segment.startsWith(':') || segment === b[i])
}

/** Everything the REST API answers, by entity. */
export const mountedRoutes = (config: ConfigLike) => {
  const defaults = new Set([...Object.keys(COLLECTION_ROUTES), ...Object.keys(DECIDED_ELSEWHERE)])
  const collections = config.collections
    .filter((collection) => collection.endpoints !== false)
    .map((collection) => {
      const endpoints = (collection.endpoints || []) as EndpointLike[]
      // Payload answers with the first endpoint that matches: a custom `/:key` registered before
      // Payload's own routes shadows `GET /:id`, `/count`, `/versions` (payload-preferences).
      const shadowedBy = (e: EndpointLike, index: number) =>
        endpoints.slice(0, index).find((earlier) => !defaults.has(routeName(earlier)) && earlier.method === e.method && matches(earlier.path, e.path))
      const payloadOwn = endpoints.map((e, i) => (shadowedBy(e, i) ? '' : routeName(e))).filter((name) => defaults.has(name))
      return {
        slug: collection.slug,
        versioned: Boolean(collection.versions),
        kinds: payloadOwn.map((name) => COLLECTION_ROUTES[name as keyof typeof COLLECTION_ROUTES]).filter(Boolean),
        custom: endpoints.filter((e) => !defaults.has(routeName(e))).map((e) => routeName(e, `/${collection.slug}`)),
      }
    })
  const root = ((config.endpoints || []) as EndpointLike[]).filter((e) => !defaults.has(routeName(e))).map((e) => routeName(e))
  const globals = (config.globals ?? []).filter((global) => global.endpoints !== false).map((global) => ({ slug: global.slug, versioned: Boolean(global.versions) }))
  return { collections, globals, endpoints: [...collections.flatMap((c) => c.custom), ...root] }
}

export type Table = {
  /** Collection rows by slug (several rows may share a slug, e.g. "courses (draft)"). */
  rows: { slug: string; operations: string[] }[]
  endpoints: string[]
  globals: { slug: string; operations: string[] }[]
}

/** What has no row: "collection x", "collection x: readVersions", "endpoint GET /y", "global z". Empty when all is decided. */
export const missingRows = (config: ConfigLike, table: Table): string[] => {
  const mounted = mountedRoutes(config)
  const missing: string[] = []
  for (const collection of mounted.collections) {
    const rows = table.rows.filter((row) => row.slug === collection.slug)
    if (rows.length === 0) {
      missing.push(`collection ${collection.slug}`)
      continue
    }
    for (const row of rows) {
      for (const operation of operationsFor(collection.versioned)) {
        if (!row.operations.includes(operation)) missing.push(`collection ${collection.slug}: ${operation}`)
      }
    }
  }
  for (const endpoint of mounted.endpoints) if (!table.endpoints.includes(endpoint)) missing.push(`endpoint ${endpoint}`)
  for (const global of mounted.globals) {
    const row = table.globals.find((candidate) => candidate.slug === global.slug)
    if (!row) missing.push(`global ${global.slug}`)
    else
      for (const operation of ['read', 'update', ...(global.versioned ? ['readVersions', 'restore'] : [])]) {
        if (!row.operations.includes(operation)) missing.push(`global ${global.slug}: ${operation}`)
      }
  }
  return missing
}

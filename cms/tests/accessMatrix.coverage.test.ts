import { existsSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import config from '../src/payload.config'
import { ENDPOINT_FIXTURES } from './accessMatrix.endpoints'
import { FIXTURES } from './accessMatrix.fixtures'
import { missingRows, mountedRoutes, type ConfigLike, type Table } from './accessMatrix.routes'
import { ACCESS_MATRIX, ENDPOINT_ACCESS, GLOBAL_ACCESS } from './accessMatrix.table'

/** The access table as the coverage check reads it: rows by the slug their fixture aims at. */
const table: Table = {
  rows: Object.entries(ACCESS_MATRIX).map(([name, operations]) => ({ slug: FIXTURES[name]?.slug ?? name, operations: Object.keys(operations) })),
  endpoints: Object.keys(ENDPOINT_ACCESS),
  globals: Object.entries(GLOBAL_ACCESS).map(([slug, operations]) => ({ slug, operations: Object.keys(operations) })),
}
const repoRoot = path.resolve(import.meta.dirname, '../..')

describe('the access table covers every route Payload mounts', () => {
  it('has a row for every collection, versioned collection, global and endpoint of the live config', async () => {
    expect(missingRows((await config) as unknown as ConfigLike, table)).toEqual([])
  })

  it('sees the routes Payload adds itself: versions, restore, internal collections and their endpoints', async () => {
    const mounted = mountedRoutes((await config) as unknown as ConfigLike)
    const profiles = mounted.collections.find((c) => c.slug === 'profiles')!
    expect(profiles.kinds).toEqual(expect.arrayContaining(['versions', 'versionById', 'restore', 'updateWhere', 'deleteWhere', 'count']))
    expect(mounted.collections.map((c) => c.slug)).toEqual(expect.arrayContaining(['payload-locked-documents', 'payload-preferences', 'payload-jobs']))
    expect(mounted.endpoints).toEqual(expect.arrayContaining(['GET /payload-jobs/run', 'POST /profiles/:id/validate']))
  })

  it('has, for every row, a fixture that proves it or a test file that does', () => {
    for (const name of Object.keys(ACCESS_MATRIX)) expect(FIXTURES[name], `fixture of ${name}`).toBeDefined()
    for (const [name, entry] of Object.entries(ENDPOINT_ACCESS)) {
      if ('proof' in entry) expect(existsSync(path.join(repoRoot, entry.proof as string)), `${name}: ${entry.proof}`).toBe(true)
      else expect(ENDPOINT_FIXTURES[name], `fixture of ${name}`).toBeDefined()
    }
  })

  it('reports what a new collection, versioned collection, global or endpoint lacks', async () => {
    const live = (await config) as unknown as ConfigLike
    const bySlug = (slug: string) => live.collections.find((c) => c.slug === slug)!
    const users = bySlug('users')
    const extended: ConfigLike = {
      ...live,
      collections: [
        ...live.collections.filter((c) => c.slug !== 'users' && c.slug !== 'advisor-messages'),
        // A new endpoint on an existing collection.
        { ...users, endpoints: [...(users.endpoints || []), { path: '/export', method: 'get' }] },
        // A new collection, with Payload's usual routes.
        { slug: 'secrets', endpoints: bySlug('advisor-messages').endpoints },
        // Advisor messages, as if someone turned versions on: their versions have no decided rule yet.
        { ...bySlug('advisor-messages'), versions: { maxPerDoc: 10 } },
      ],
      globals: [...(live.globals ?? []), { slug: 'settings', endpoints: [] }],
      endpoints: [...((live.endpoints || []) as { path: string; method: string }[]), { path: '/reports', method: 'get' }],
    }
    expect(missingRows(extended, table)).toEqual([
      'collection secrets',
      'collection advisor-messages: readVersions',
      'collection advisor-messages: restore',
      'endpoint GET /users/export',
      'endpoint GET /reports',
      'global settings',
    ])
  })

  it('reports a route Payload starts mounting in an upgrade', async () => {
    const live = (await config) as unknown as ConfigLike
    const withDistinct: ConfigLike = {
      ...live,
      collections: live.collections.map((c) =>
        c.slug === 'media' && c.endpoints ? { ...c, endpoints: [...c.endpoints, { path: '/distinct', method: 'get' }] } : c,
      ),
    }
    expect(missingRows(withDistinct, table)).toEqual(['endpoint GET /media/distinct'])
  })
})

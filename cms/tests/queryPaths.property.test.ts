import fc from 'fast-check'
import type { FlattenedField, Payload, SanitizedCollectionConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import '../../tests/support/fastCheckSeed'
import { createCast, type Cast } from '../../tests/support/accounts'
import { testPayload } from '../../tests/support/payload'
import { rest } from '../../tests/support/rest'

/**
 * Random queries against every collection of the live config, as every role
 * and as a visitor: where (random paths, nested and hidden ones included,
 * operators, values of every shape, and/or), sort, page, limit, depth, and
 * ids. Never a 5xx, and a query naming a path the caller cannot read is never
 * answered 2xx (docs/decisions/022-queries-are-validated.md).
 */

type Who = 'anonymous' | 'investor' | 'advisor' | 'editor' | 'admin'
type PathInfo = { path: string; fields: FlattenedField[] }

/** Every path of `fields` (arrays, groups, tabs, blocks; one hop through relationships). */
const pathsOf = (payload: Payload, fields: FlattenedField[], prefix = '', along: FlattenedField[] = [], hop = true): PathInfo[] =>
  fields.flatMap((field) => {
    if (!('name' in field)) return []
    const path = prefix ? `${prefix}.${field.name}` : field.name
    const here = [...along, field]
    const own: PathInfo = { path, fields: here }
    if (field.type === 'group' || field.type === 'tab' || field.type === 'array') return [own, ...pathsOf(payload, field.flattenedFields, path, here, hop)]
    if (field.type === 'blocks') {
      const blocks = field.blocks.filter((block) => typeof block !== 'string')
      return [own, ...blocks.flatMap((block) => pathsOf(payload, block.flattenedFields, path, here, hop))]
    }
    if (hop && (field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') {
      const target = payload.collections[field.relationTo as keyof typeof payload.collections]?.config
      return [own, ...(target ? pathsOf(payload, target.flattenedFields, path, here, false) : [])]
    }
    return [own]
  })

/** The rule, restated from the field config: a path is hidden when a field on it is hidden or its read access refuses without a document. */
const hiddenFor = async (info: PathInfo, user: unknown, payload: Payload): Promise<boolean> => {
  for (const field of info.fields) {
    if ('hidden' in field && field.hidden) return true
    const read = 'access' in field ? field.access?.read : undefined
    if (read && (await Promise.resolve(read({ req: { user, payload } } as never)).catch(() => false)) !== true) return true
  }
  return false
}

/** `a[b][c]=v` query-string encoding of nested objects and arrays, as browsers and qs write it. */
const encode = (value: unknown, key: string): string[] => {
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => encode(v, `${key}[${k}]`))
  return [`${encodeURIComponent(key).replace(/%5B/g, '[').replace(/%5D/g, ']')}=${encodeURIComponent(String(value))}`]
}

const OPERATORS = ['equals', 'not_equals', 'in', 'not_in', 'all', 'exists', 'contains', 'like', 'not_like', 'greater_than', 'less_than_equal', 'near', 'within', '$ne', 'or']
const scalar = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom('true', 'false', 'maybe', '0', '-1', '1.5', '1e400', '999999999999999999999', '2026-01-01', '99999-01-01', 'abc', '1,2', '', 'null', 'cash', 'investor', 'published'),
  fc.integer({ min: -10, max: 3000 }).map(String),
)
const value = fc.oneof(
  { weight: 4, arbitrary: scalar },
  { weight: 1, arbitrary: fc.array(scalar, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.constantFrom('$ne', 'a', '0', 'equals'), scalar, { minKeys: 1, maxKeys: 2 }) },
)
const number = fc.oneof(fc.integer({ min: -5, max: 20 }).map(String), fc.constantFrom('1e12', '1.5', 'abc', '-0', '1000', '1001', '100000'))

describe('random queries on every collection, as every role', () => {
  let cast: Cast
  let payload: Payload
  let collections: { config: SanitizedCollectionConfig; paths: PathInfo[] }[]
  const users: Partial<Record<Who, { token?: string; user: unknown }>> = {}

  beforeAll(async () => {
    payload = await testPayload()
    cast = await createCast()
    users.anonymous = { user: null }
    for (const role of ['investor', 'advisor', 'editor', 'admin'] as const) {
      const account = cast[role]
      users[role] = { token: account.token, user: await payload.findByID({ collection: 'users', id: account.id, overrideAccess: true, depth: 0 }) }
    }
    const mounted = []
    for (const { config } of Object.values(payload.collections)) {
      // Collections without REST routes (payload-migrations) answer "Cannot GET" (501) to everyone.
      if ((await rest('GET', `/${config.slug}?limit=1`, { token: cast.admin.token })).status === 501) continue
      mounted.push({ config, paths: [...pathsOf(payload, config.flattenedFields), { path: 'id', fields: [] }, { path: 'nope.deeper', fields: [] }] })
    }
    collections = mounted
  })

  const query = () => {
    const collectionIndex = fc.nat({ max: 1000 })
    const pathPick = fc.nat({ max: 10_000 })
    const constraint = fc.tuple(pathPick, fc.constantFrom(...OPERATORS), value)
    return fc.record({
      who: fc.constantFrom<Who>('anonymous', 'investor', 'advisor', 'editor', 'admin'),
      collection: collectionIndex,
      where: fc.array(constraint, { maxLength: 3 }),
      combine: fc.constantFrom('top', 'and', 'or'),
      sort: fc.option(fc.tuple(pathPick, fc.boolean()), { nil: undefined }),
      page: fc.option(number, { nil: undefined }),
      limit: fc.option(number, { nil: undefined }),
      depth: fc.option(number, { nil: undefined }),
      count: fc.boolean(),
      id: fc.option(fc.oneof(fc.constantFrom('abc', '1.5', '999999999999999999999', '-3', '0', '1', '%00', '1e3'), fc.nat({ max: 5000 }).map(String)), { nil: undefined }),
    })
  }

  it('never a 5xx, and a hidden path never a 2xx', async () => {
    await fc.assert(
      fc.asyncProperty(query(), async (q) => {
        const { config, paths } = collections[q.collection % collections.length]!
        const who = users[q.who]!
        const named: PathInfo[] = []
        const constraints = q.where.map(([pick, operator, v]) => {
          const info = paths[pick % paths.length]!
          // An empty list puts nothing in the URL (`where[locale][equals]=[]` is no condition): the path is not used.
          if (!(Array.isArray(v) && v.length === 0)) named.push(info)
          return { [info.path]: { [operator]: v } }
        })
        const where =
          q.combine === 'top' ? Object.assign({}, ...constraints) : constraints.length ? { [q.combine]: constraints } : undefined
        const parts = where ? encode(where, 'where') : []
        // /count ignores `sort` (a number does not depend on an order, so nothing leaks): sort goes to lists only.
        const isCount = q.count && q.id === undefined
        if (q.sort && !isCount) {
          const info = paths[q.sort[0] % paths.length]!
          named.push(info)
          parts.push(`sort=${q.sort[1] ? '-' : ''}${info.path}`)
        }
        for (const key of ['page', 'limit', 'depth'] as const) if (q[key] !== undefined) parts.push(`${key}=${q[key]}`)
        const route = q.id !== undefined ? `/${config.slug}/${q.id}` : `/${config.slug}${q.count ? '/count' : ''}`
        const url = `${route}?${parts.join('&')}`
        const { status, body } = await rest('GET', url, { token: who.token })
        expect(status, `${q.who} GET ${url} → ${JSON.stringify(body).slice(0, 300)}`).toBeLessThan(500)
        if (q.id !== undefined) return
        let hidden: string | undefined
        for (const info of named) if (await hiddenFor(info, who.user, payload)) hidden = info.path
        if (hidden) expect(status, `${q.who} GET ${url} used hidden ${hidden}`).toBeGreaterThanOrEqual(400)
      }),
      { numRuns: 300 },
    )
  }, 120_000)
})

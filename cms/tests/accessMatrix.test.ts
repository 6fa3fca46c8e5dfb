import { beforeAll, describe, expect, it } from 'vitest'
import { createCast, type Cast } from '../../tests/support/accounts'
import { testPayload } from '../../tests/support/payload'
import { rest } from '../../tests/support/rest'
import config from '../src/payload.config'
import { RUNS, REFUSED_STATUS, type Call } from './accessMatrix.calls'
import { ENDPOINT_FIXTURES } from './accessMatrix.endpoints'
import { FIXTURES } from './accessMatrix.fixtures'
import { mountedRoutes, type ConfigLike, type RouteKind } from './accessMatrix.routes'
import { ACCESS_MATRIX, ENDPOINT_ACCESS, GLOBAL_ACCESS, ROLES, type MatrixRole, type Operation, type Row } from './accessMatrix.table'

/**
 * Proves ACCESS_MATRIX through the REST API of the running cms: for every
 * row, every route Payload mounts for its collection (read from the live
 * config), every role. Coverage (no collection/endpoint without a row):
 * accessMatrix.coverage.test.ts.
 */
const mounted = mountedRoutes((await config) as unknown as ConfigLike)
/** Reads first, destructive routes last (an allowed delete removes the target). */
const ORDER: RouteKind[] = ['list', 'count', 'byId', 'versions', 'versionById', 'create', 'duplicate', 'update', 'updateWhere', 'restore', 'deleteWhere', 'delete']
const READS = new Set<RouteKind>(['list', 'count', 'byId', 'versions', 'versionById'])
const OPERATION: Record<Exclude<RouteKind, 'duplicate'>, Operation> = {
  list: 'read', count: 'read', byId: 'read', create: 'create', update: 'update', updateWhere: 'update',
  delete: 'delete', deleteWhere: 'delete', versions: 'readVersions', versionById: 'readVersions', restore: 'restore',
}
const tokenOf = (cast: Cast, role: MatrixRole) => (role === 'anonymous' ? undefined : cast[role].token)

/** What the table decides for `role` on a route kind; a duplicate is a read of the source and a create. */
const VERSION_KINDS = new Set<RouteKind>(['versions', 'versionById', 'restore'])
const decided = (operations: Partial<Record<Operation, Row>>, kind: RouteKind, role: MatrixRole, versioned: boolean): boolean => {
  // Payload mounts the version routes on every collection: without versions, nobody gets one.
  if (!versioned && VERSION_KINDS.has(kind)) return false
  const mark = (operation: Operation) => {
    const cells = operations[operation]
    if (!cells) throw new Error(`no ${operation} row (accessMatrix.coverage.test.ts names it)`)
    return cells[role] === '✓'
  }
  return kind === 'duplicate' ? mark('create') && mark('read') : mark(OPERATION[kind])
}

describe.each(Object.entries(ACCESS_MATRIX))('access to %s', (name, operations) => {
  const fixture = FIXTURES[name]!
  const routes = mounted.collections.find((c) => c.slug === fixture.slug)
  const kinds = ORDER.filter((kind) => routes?.kinds.includes(kind))
  const versioned = Boolean(routes?.versioned)
  // One cast per row; reads share one target.
  let cast: Cast
  let readTarget: unknown
  beforeAll(async () => {
    cast = await createCast()
    readTarget = await fixture.target(await testPayload(), cast)
  })

  it.each(kinds)('%s: every role gets what the table decides', async (kind) => {
    const payload = await testPayload()
    const one = async (role: MatrixRole) => {
      const allowed = decided(operations, kind, role, versioned)
      // An allowed delete of the cast's own account or profile gets a cast of its own.
      const own = fixture.shared && allowed && (kind === 'delete' || kind === 'deleteWhere') ? await createCast() : cast
      const call: Call = { payload, cast: own, fixture, draft: name.includes('draft'), versioned, role, allowed }
      const id = READS.has(kind) ? readTarget : kind === 'create' ? undefined : await fixture.target(payload, own)
      const outcome = await RUNS[kind](call, id)
      return outcome && `${role}: expected ${allowed ? 'allowed' : 'refused'}, was ${outcome}`
    }
    // Each write aims at a target of its own, except on the cast's own account or profile: those go one by one.
    const outcomes = READS.has(kind) || !fixture.shared ? await Promise.all(ROLES.map(one)) : []
    if (outcomes.length === 0) for (const role of ROLES) outcomes.push(await one(role))
    expect(outcomes.filter(Boolean)).toEqual([])
  })
})

describe.each(Object.entries(GLOBAL_ACCESS))('access to the global %s', (slug, operations) => {
  let cast: Cast
  beforeAll(async () => {
    cast = await createCast()
  })
  const stored = async () => (await testPayload()).findGlobal({ slug: slug as never, overrideAccess: true }) as Promise<Record<string, unknown>>

  /** A stored version of the global to read or restore (the seed's update made one). */
  const versionId = async () => {
    const { docs } = await (await testPayload()).findGlobalVersions({ slug: slug as never, limit: 1, overrideAccess: true })
    if (!docs[0]) throw new Error(`the global ${slug} has no version to read or restore`)
    return docs[0].id
  }

  it.each(Object.keys(operations) as Operation[])('%s: every role gets what the table decides', async (operation) => {
    if (operation !== 'read' && operation !== 'update' && operation !== 'readVersions' && operation !== 'restore') {
      throw new Error(`write the ${operation} call of a global here`)
    }
    const outcomes: (string | null)[] = []
    for (const role of ROLES) {
      const allowed = operations[operation]![role] === '✓'
      const token = tokenOf(cast, role)
      if (operation === 'readVersions' || operation === 'restore') {
        const id = await versionId()
        const [list, one] =
          operation === 'readVersions'
            ? [await rest('GET', `/globals/${slug}/versions`, { token }), await rest('GET', `/globals/${slug}/versions/${id}`, { token })]
            : [await rest('POST', `/globals/${slug}/versions/${id}`, { token })]
        for (const { status } of [list, one].filter((answer) => answer !== undefined)) {
          const ok = allowed ? status === 200 : REFUSED_STATUS.includes(status)
          if (!ok) outcomes.push(`${role}: expected ${allowed ? 'allowed' : 'refused'}, was ${status}`)
        }
        continue
      }
      // An allowed update writes back what is stored (Payload's own state stays as it is); a refused one a forgery.
      const { id: _id, updatedAt: _at, createdAt: _created, ...current } = await stored()
      const body = allowed ? current : { ...current, forgedByMatrix: true, stats: { forged: true } }
      const { status } = operation === 'read' ? await rest('GET', `/globals/${slug}`, { token }) : await rest('POST', `/globals/${slug}`, { token, body })
      const kept = !JSON.stringify(await stored()).includes('forged')
      const ok = allowed ? status === 200 : REFUSED_STATUS.includes(status) && kept
      if (!ok) outcomes.push(`${role}: expected ${allowed ? 'allowed' : 'refused'}, was ${status}`)
    }
    expect(outcomes).toEqual([])
  })
})

describe('access to custom endpoints', () => {
  let cast: Cast
  beforeAll(async () => {
    cast = await createCast()
  })
  const cases = Object.entries(ENDPOINT_ACCESS).flatMap(([name, cells]) =>
    'proof' in cells ? [] : ROLES.map((role) => ({ name, role, allowed: cells[role] === '✓' })),
  )

  it.each(cases)('$name — $role: allowed = $allowed', async ({ name, role, allowed }) => {
    const payload = await testPayload()
    const fixture = ENDPOINT_FIXTURES[name]!
    const [method] = name.split(' ')
    const path = await fixture.path(payload, cast)
    const before = await fixture.state?.(payload, cast)
    const { status } = await rest(method!, path, { token: tokenOf(cast, role) })
    if (allowed) expect(status).toBe(200)
    else {
      expect(REFUSED_STATUS, `status ${status}`).toContain(status)
      if (fixture.state) expect(await fixture.state(payload, cast), 'a refused call changes nothing').toEqual(before)
    }
  })
})

describe('payload-preferences by key', () => {
  let cast: Cast
  const SECRET = 'réglages-de-A'
  const key = `matrice-${Math.random().toString(36).slice(2, 10)}`
  const investorsValue = async () => {
    const payload = await testPayload()
    const found = await payload.find({
      collection: 'payload-preferences',
      overrideAccess: true,
      where: { and: [{ key: { equals: key } }, { 'user.value': { equals: cast.investor.id } }] },
    })
    return found.docs[0]?.value
  }
  beforeAll(async () => {
    cast = await createCast()
    await rest('POST', `/payload-preferences/${key}`, { token: cast.investor.token, body: { value: { secret: SECRET } } })
    expect(await investorsValue()).toEqual({ secret: SECRET })
  })
  const others = ROLES.filter((role) => role !== 'investor')

  it.each(others)("%s reads, writes and deletes only their own, never the investor's", async (role) => {
    const token = tokenOf(cast, role)
    const read = await rest('GET', `/payload-preferences/${key}`, { token })
    expect(JSON.stringify(read.body)).not.toContain(SECRET)
    await rest('POST', `/payload-preferences/${key}`, { token, body: { value: { secret: role } } })
    await rest('DELETE', `/payload-preferences/${key}`, { token })
    expect(await investorsValue()).toEqual({ secret: SECRET })
  })
})

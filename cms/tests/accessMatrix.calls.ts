import type { Payload } from 'payload'
import type { Cast } from '../../tests/support/accounts'
import { rest } from '../../tests/support/rest'
import type { Fixture } from './accessMatrix.fixtures'
import type { RouteKind } from './accessMatrix.routes'
import type { MatrixRole } from './accessMatrix.table'

/**
 * One call of the matrix: a route of a collection made by one role, and
 * whether its outcome is the one the table decides. "Allowed" on a list,
 * count, versions list or bulk route is judged by what comes back or what
 * changed, not by the status alone.
 */
export type Call = { payload: Payload; cast: Cast; fixture: Fixture; draft: boolean; versioned: boolean; role: MatrixRole; allowed: boolean }
/** null when the outcome is the decided one, else what happened instead. */
export type Outcome = string | null

export const REFUSED_STATUS = [401, 403, 404]
const refused = (status: number) => REFUSED_STATUS.includes(status)
const same = (a: unknown, b: unknown) => String(a) === String(b)
const idOf = (value: unknown) => (typeof value === 'object' && value !== null ? (value as { id: unknown }).id : value)
const tokenOf = (cast: Cast, role: MatrixRole) => (role === 'anonymous' ? undefined : cast[role].token)

const stored = async ({ payload, fixture, draft }: Call, id: unknown) =>
  (await payload.findByID({ collection: fixture.slug as never, id: id as number, overrideAccess: true, draft, disableErrors: true })) as
    | (Record<string, unknown> & { updatedAt?: string })
    | null

/** The target's first version; on a collection without versions, an id that cannot exist. */
const firstVersionOf = async ({ payload, fixture, versioned }: Call, id: unknown) =>
  !versioned
    ? 1
    : (await payload.findVersions({ collection: fixture.slug as never, overrideAccess: true, where: { parent: { equals: id } }, limit: 1, sort: 'createdAt' }))
    .docs[0]!.id

const judge = (allowed: boolean, got: { ok: boolean; refusedOk: boolean }, detail: string): Outcome =>
  allowed ? (got.ok ? null : `refused (${detail})`) : got.refusedOk ? null : `allowed (${detail})`

type Run = (call: Call, id: unknown) => Promise<Outcome>

/** A 400 naming fields: the document's own validation answered, after access let the call through. */
const fieldError = (status: number, body: any) => status === 400 && (body?.errors?.[0]?.data?.errors?.length ?? 0) > 0

const call = (c: Call, method: string, path: string, body?: unknown) => {
  const query = c.draft ? `${path.includes('?') ? '&' : '?'}draft=true` : ''
  return rest(method, `/${c.fixture.slug}${path}${query}`, { token: tokenOf(c.cast, c.role), body })
}
const where = (id: unknown, field = 'id') => `?where[${field}][equals]=${id}`

/** Write routes: a refusal must leave the target as it was. */
const unchanged = async (c: Call, id: unknown, before: Record<string, unknown> | null) => {
  const after = await stored(c, id)
  const field = c.fixture.update.field
  return Boolean(after) && JSON.stringify(after?.[field]) === JSON.stringify(before?.[field]) && after?.updatedAt === before?.updatedAt
}

export const RUNS: Record<RouteKind, Run> = {
  list: async (c, id) => {
    const { status, body } = await call(c, 'GET', `${where(id)}&limit=1`)
    const seen = status === 200 && body.docs.some((doc: { id: unknown }) => same(doc.id, id))
    return judge(c.allowed, { ok: seen, refusedOk: refused(status) || (status === 200 && !seen) }, `${status}, listed: ${seen}`)
  },
  count: async (c, id) => {
    const { status, body } = await call(c, 'GET', `/count${where(id)}`)
    const counted = status === 200 ? body.totalDocs : undefined
    return judge(c.allowed, { ok: counted === 1, refusedOk: refused(status) || counted === 0 }, `${status}, counted ${counted}`)
  },
  byId: async (c, id) => {
    const { status } = await call(c, 'GET', `/${id}`)
    return judge(c.allowed, { ok: status === 200, refusedOk: refused(status) }, `${status}`)
  },
  versions: async (c, id) => {
    const { status, body } = await call(c, 'GET', `/versions${where(id, 'parent')}&limit=5`)
    const docs: { parent: unknown }[] = status === 200 ? body.docs : []
    const ok = docs.length > 0 && docs.every((doc) => same(idOf(doc.parent), id))
    return judge(c.allowed, { ok, refusedOk: refused(status) || (status === 200 && docs.length === 0) }, `${status}, ${docs.length} versions`)
  },
  versionById: async (c, id) => {
    const { status, body } = await call(c, 'GET', `/versions/${await firstVersionOf(c, id)}`)
    return judge(c.allowed, { ok: status === 200 && same(idOf(body.parent), id), refusedOk: refused(status) }, `${status}`)
  },
  create: async (c) => {
    const body = await c.fixture.createBody(c.payload, c.cast, c.role)
    const headers = c.fixture.headers?.()
    const token = tokenOf(c.cast, c.role)
    const path = `/${c.fixture.slug}${c.draft ? '?draft=true' : ''}`
    const result =
      body instanceof FormData ? await rest('POST', path, { token, form: body, headers }) : await rest('POST', path, { token, body, headers })
    const made = result.body?.doc !== undefined
    // A create the rules refuse at a field (an advisor writing to someone else's client) is a refusal too, if nothing was made.
    const refusedAtField = fieldError(result.status, result.body)
    return judge(c.allowed, { ok: result.status === 201, refusedOk: (refused(result.status) || refusedAtField) && !made }, `${result.status}`)
  },
  // A duplicate may be invalid by design (a unique owner, a unique slug): a field error is not an access outcome;
  // for a refused caller it still must create nothing.
  duplicate: async (c, id) => {
    const { status, body } = await call(c, 'POST', `/${id}/duplicate`)
    const made = body?.doc !== undefined
    return judge(c.allowed, { ok: status === 201 || status === 200 || fieldError(status, body), refusedOk: (refused(status) || fieldError(status, body)) && !made }, `${status}`)
  },
  update: async (c, id) => {
    const before = await stored(c, id)
    const { status } = await call(c, 'PATCH', `/${id}`, { [c.fixture.update.field]: c.fixture.update.value })
    return judge(c.allowed, { ok: status === 200, refusedOk: refused(status) && (await unchanged(c, id, before)) }, `${status}`)
  },
  updateWhere: async (c, id) => {
    const before = await stored(c, id)
    const { status, body } = await call(c, 'PATCH', where(id), { [c.fixture.update.field]: c.fixture.update.value })
    const changed = status === 200 && (body.docs ?? []).some((doc: { id: unknown }) => same(doc.id, id))
    const kept = !changed && (await unchanged(c, id, before))
    return judge(c.allowed, { ok: changed, refusedOk: (refused(status) || status === 200) && kept }, `${status}, changed: ${changed}`)
  },
  restore: async (c, id) => {
    const before = await stored(c, id)
    // Restoring runs the document's validation (e.g. a profile's admin-only owner): a field error is not an access outcome.
    const { status, body } = await call(c, 'POST', `/versions/${await firstVersionOf(c, id)}`)
    return judge(c.allowed, { ok: status === 200 || fieldError(status, body), refusedOk: refused(status) && (await unchanged(c, id, before)) }, `${status}`)
  },
  delete: async (c, id) => {
    const { status } = await call(c, 'DELETE', `/${id}`)
    const gone = !(await stored(c, id))
    return judge(c.allowed, { ok: status === 200 && gone, refusedOk: refused(status) && !gone }, `${status}, gone: ${gone}`)
  },
  deleteWhere: async (c, id) => {
    const { status } = await call(c, 'DELETE', where(id))
    const gone = !(await stored(c, id))
    return judge(c.allowed, { ok: status === 200 && gone, refusedOk: (refused(status) || status === 200) && !gone }, `${status}, gone: ${gone}`)
  },
}

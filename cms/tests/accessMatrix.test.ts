import { beforeAll, describe, expect, it } from 'vitest'
import { createCast, type Cast } from '../../tests/support/accounts'
import { testPayload } from '../../tests/support/payload'
import { rest } from '../../tests/support/rest'
import { FIXTURES } from './accessMatrix.fixtures'
import { ENDPOINT_FIXTURES } from './accessMatrix.endpoints'
import { ACCESS_MATRIX, ENDPOINT_ACCESS, ROLES, type MatrixRole, type Operation } from './accessMatrix.table'

/**
 * Proves ACCESS_MATRIX through the REST API of the running cms: every
 * collection × role × operation. A refusal must also leave the stored
 * document as it was.
 */
const tokenOf = (cast: Cast, role: MatrixRole) => (role === 'anonymous' ? undefined : cast[role].token)
const ALLOWED_STATUS: Record<Operation, number[]> = { create: [201], read: [200], update: [200], delete: [200] }
const REFUSED_STATUS = [401, 403, 404]

describe.each(Object.entries(ACCESS_MATRIX))('access to %s', (name, operations) => {
  const fixture = FIXTURES[name]!
  // A cast per collection: an allowed delete (always the last case) may remove its documents.
  let cast: Cast
  beforeAll(async () => {
    cast = await createCast()
  })
  const cases = (Object.keys(operations) as Operation[]).flatMap((operation) =>
    ROLES.map((role) => ({ operation, role, allowed: operations[operation][role] === '✓' })),
  )

  it.each(cases)('$role: $operation allowed = $allowed', async ({ operation, role, allowed }) => {
    const payload = await testPayload()
    const token = tokenOf(cast, role)
    const draft = name.includes('draft') ? '?draft=true' : ''
    let status: number
    let id: number | string | undefined
    let before: Record<string, unknown> | undefined
    const stored = async () =>
      (await payload.findByID({
        collection: fixture.slug as never,
        id: id!,
        overrideAccess: true,
        draft: Boolean(draft),
        disableErrors: true,
      })) as unknown as Record<string, unknown> | null

    if (operation === 'create') {
      const body = await fixture.createBody(payload, cast, role)
      const result = body instanceof FormData
        ? await rest('POST', `/${fixture.slug}${draft}`, { token, form: body, headers: fixture.headers?.() })
        : await rest('POST', `/${fixture.slug}${draft}`, { token, body, headers: fixture.headers?.() })
      status = result.status
      if (!allowed) {
        expect(result.body?.doc, 'a refused create returns no document').toBeUndefined()
      }
    } else {
      id = await fixture.target(payload, cast)
      before = (await stored()) ?? undefined
      const path = `/${fixture.slug}/${id}${draft}`
      const method = { read: 'GET', update: 'PATCH', delete: 'DELETE' }[operation]
      const body = operation === 'update' ? { [fixture.update.field]: fixture.update.value } : undefined
      status = (await rest(method, path, { token, body })).status
    }

    if (allowed) expect(ALLOWED_STATUS[operation], `status ${status}`).toContain(status)
    else expect(REFUSED_STATUS, `status ${status}`).toContain(status)

    if (!allowed && before && (operation === 'update' || operation === 'delete')) {
      const after = await stored()
      expect(after, 'a refused delete keeps the document').toBeTruthy()
      expect(after?.[fixture.update.field], 'a refused update changes nothing').toEqual(before[fixture.update.field])
    }
  })
})

describe('access to custom endpoints', () => {
  let cast: Cast
  beforeAll(async () => {
    cast = await createCast()
  })
  const cases = Object.entries(ENDPOINT_ACCESS).flatMap(([name, cells]) =>
    ROLES.map((role) => ({ name, role, allowed: cells[role] === '✓' })),
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

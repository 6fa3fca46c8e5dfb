import { beforeAll, describe, expect, it } from 'vitest'
import { createCast, TEST_PASSWORD, type Cast } from '../../tests/support/accounts'
import { testPayload } from '../../tests/support/payload'
import { rest } from '../../tests/support/rest'

/**
 * Malformed queries answer 400 with a message, never 500: operator values of
 * the wrong shape, operators that do not apply, non-object `where`, pages,
 * limits and depths out of range, ids that are not serial ids
 * (docs/decisions/022-queries-are-validated.md).
 */
let cast: Cast
let assetId: number
beforeAll(async () => {
  cast = await createCast()
  const payload = await testPayload()
  const asset = await payload.create({
    collection: 'assets',
    overrideAccess: true,
    data: { owner: cast.investor.id, kind: 'asset', category: 'ldds', label: 'Compte courant', valueCents: 1000 } as never,
  })
  assetId = asset.id as number
})

const refused = async (path: string, token?: string) => {
  const { status, body } = await rest('GET', path, { token })
  expect(status, `${path} → ${status} ${JSON.stringify(body)}`).toBe(400)
  expect(typeof body.errors?.[0]?.message).toBe('string')
  return body.errors[0].message as string
}

describe('operator values of the wrong shape', () => {
  it('an object where a value is expected ($ne injection) is a 400', async () => {
    await refused('/assets?where[owner][equals][$ne]=1', cast.investor.token)
  })

  it('`in` with objects is a 400', async () => {
    await refused('/assets?where[owner][in][0][a]=1', cast.investor.token)
  })

  it('`near` on a field that is not a point is a 400 that names the operator and the field', async () => {
    const message = await refused('/assets?where[label][near]=1,2', cast.investor.token)
    expect(message).toBe('L’opérateur « near » ne s’applique pas au champ « label ».')
  })

  it('a boolean that is not a boolean is a 400 (notifications count)', async () => {
    await refused('/notifications/count?where[read][equals]=maybe', cast.investor.token)
  })

  it('the same boolean, well formed, still counts', async () => {
    const { status, body } = await rest('GET', '/notifications/count?where[read][equals]=false', { token: cast.investor.token })
    expect(status).toBe(200)
    expect(typeof body.totalDocs).toBe('number')
  })

  it('an id that is not a whole number, in a filter, is a 400', async () => {
    await refused('/assets?where[owner][equals]=abc', cast.investor.token)
    await refused('/assets?where[id][in]=1,x', cast.investor.token)
  })

  it('`all`, which the PostgreSQL adapter does not implement, is a 400 on any field (was a 500 on plans)', async () => {
    await refused('/plans?where[name][all][0]=0')
    await refused('/assets?where[category][all]=ldds', cast.investor.token)
  })

  it('a value that is not one of a select’s options is a 400', async () => {
    await refused('/assets?where[category][equals]=notacategory', cast.investor.token)
  })
})

// Lesson content is a filter only for readers who may read it (premium courses, decision 036): an editor here.
describe('conditions on the same list (array or blocks) of courses', () => {
  it('two paths in the same nested array of courses are a 400, not a 500', async () => {
    const two = '/courses?where[lessons.questions.prompt][contains]=a&where[lessons.questions.options.label][contains]=b'
    const message = await refused(two, cast.editor.token)
    expect(message).toContain('« lessons »')
  })

  it('also when they sit in different branches of an and / or', async () => {
    await refused('/courses?where[or][0][lessons.title][contains]=a&where[or][1][lessons.slug][contains]=b')
    await refused('/courses?where[and][0][lessons.questions.options.label][contains]=a&where[and][1][lessons.questions.options.label][like]=b', cast.editor.token)
  })

  it('one condition on the list still filters', async () => {
    const { status } = await rest('GET', '/courses?where[lessons.questions.prompt][contains]=a', { token: cast.editor.token })
    expect(status).toBe(200)
  })
})

describe('where, page, limit, depth', () => {
  it('a NUL character in a filter value is a 400', async () => {
    await refused('/assets?where[label][equals]=a%00b', cast.investor.token)
  })


  it('a where that is not an object is a 400', async () => {
    const message = await refused('/assets?where=notanobject', cast.investor.token)
    expect(message).toBe('Le filtre (where) doit associer des champs à des opérateurs.')
  })

  it('a negative, fractional or huge page is a 400', async () => {
    for (const page of ['-5', '0', '1.5', '1e12', 'abc']) await refused(`/assets?page=${page}`, cast.investor.token)
  })

  it('a negative or huge limit is a 400', async () => {
    for (const limit of ['-1', '1e9', '2.5']) await refused(`/assets?limit=${limit}`, cast.investor.token)
  })

  it('a depth out of range is a 400', async () => {
    await refused('/assets?depth=-1', cast.investor.token)
  })

  it('pages and limits in range still list', async () => {
    const { status, body } = await rest('GET', '/assets?page=1&limit=5&sort=-valueCents', { token: cast.investor.token })
    expect(status).toBe(200)
    expect(body.docs.map((doc: { id: number }) => doc.id)).toContain(assetId)
  })
})

describe('the admin’s list search (like on ids)', () => {
  it('a number searched as `like` on an id still lists, text there is a 400', async () => {
    expect((await rest('GET', '/enrollments?where[or][0][id][like]=5', { token: cast.admin.token })).status).toBe(200)
    await refused('/enrollments?where[or][0][id][like]=foo', cast.admin.token)
  })
})

describe('the last line: database refusals caused by input', () => {
  it('a NUL in a reset-password token (Payload’s own route, no validator of ours before the database) is a 400', async () => {
    const { status, body } = await rest('POST', '/users/reset-password', { body: { token: 'abc\u0000def', password: TEST_PASSWORD } })
    expect(status, JSON.stringify(body)).toBe(400)
    expect(body.errors[0].message).toBe('Une valeur de la requête n’a pas le format attendu.')
  })
})

describe('ids in the URL', () => {
  for (const id of ['abc', '1.5', '999999999999999999999', '-3']) {
    it(`/assets/${id} is a 400, not a 500`, async () => {
      const message = await refused(`/assets/${id}`, cast.investor.token)
      expect(message).toContain('un entier positif est attendu')
    })
  }

  it('an id that is well formed but unknown is a 404', async () => {
    const { status } = await rest('GET', '/assets/2147483000', { token: cast.investor.token })
    expect(status).toBe(404)
  })

  it('the same refusal on PATCH and DELETE', async () => {
    expect((await rest('PATCH', '/assets/abc', { token: cast.investor.token, body: { label: 'x' } })).status).toBe(400)
    expect((await rest('DELETE', '/assets/1.5', { token: cast.investor.token })).status).toBe(400)
  })
})

import { beforeAll, describe, expect, it } from 'vitest'
import { createAccount, createCast, uniqueEmail, TEST_PASSWORD, type Cast } from '../../tests/support/accounts'
import { testPayload } from '../../tests/support/payload'
import { rest } from '../../tests/support/rest'

/**
 * Inputs PostgreSQL cannot store, or that mean nothing as a date, are a 400
 * at their field for every collection: a NUL character (U+0000) in any text,
 * textarea, email or rich text — and in custom endpoints' JSON bodies — and a
 * number given for a date (docs/decisions/022-queries-are-validated.md).
 */
const NUL = '\u0000'
const fieldErrors = (body: any): { path: string; message: string }[] =>
  (body?.errors?.[0]?.data?.errors ?? []).map(({ path, message }: { path: string; message: string }) => ({ path, message }))

let cast: Cast
let assetId: number
beforeAll(async () => {
  cast = await createCast()
  const asset = await (await testPayload()).create({
    collection: 'assets',
    overrideAccess: true,
    data: { owner: cast.investor.id, kind: 'asset', category: 'ldds', label: 'Livret', valueCents: 500 } as never,
  })
  assetId = asset.id as number
})

describe('NUL characters', () => {
  it('a sign-up name with a NUL is a 400 at name, in French', async () => {
    const { status, body } = await rest('POST', '/users/sign-up', {
      body: { name: `Ana${NUL}Lopez`, email: uniqueEmail('nul'), password: TEST_PASSWORD, acceptTerms: true, locale: 'fr' },
    })
    expect(status).toBe(400)
    expect(fieldErrors(body)).toEqual([{ path: 'name', message: 'Ce texte contient un caractère nul (\\u0000), qui n’est pas accepté.' }])
  })

  it('a NUL in an asset label is a 400 at label, and the label saved before stays', async () => {
    const { status, body } = await rest('PATCH', `/assets/${assetId}`, { token: cast.investor.token, body: { label: `Li${NUL}vret` } })
    expect(status).toBe(400)
    expect(fieldErrors(body).map((error) => error.path)).toEqual(['label'])
    const stored = await (await testPayload()).findByID({ collection: 'assets', id: assetId, overrideAccess: true })
    expect(stored.label).toBe('Livret')
  })

  it('a NUL inside an editor’s rich text is a 400 at that field, in the editor’s language', async () => {
    const english = await createAccount('editor', { locale: 'en' })
    const content = { root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: `a${NUL}b` }] }] } }
    const { status, body } = await rest('POST', '/courses', {
      token: english.token,
      body: { title: 'Cours', slug: `nul-${assetId}`, body: content },
    })
    expect(status).toBe(400)
    expect(fieldErrors(body)).toContainEqual({ path: 'body', message: 'This text contains a NUL character (\\u0000), which is not accepted.' })
  })

  it('a NUL in a custom endpoint’s JSON body (contact form) is a 400 at that key', async () => {
    const { status, body } = await rest('POST', '/prospects/contact', {
      body: { firstName: `Jo${NUL}`, lastName: 'Doe', email: uniqueEmail('contact'), message: 'Bonjour', consent: true },
    })
    expect(status).toBe(400)
    expect(fieldErrors(body).map((error) => error.path)).toEqual(['firstName'])
  })
})

describe('numbers given for dates', () => {
  it('openedAt: 0 on an asset is a 400 at openedAt, and an ISO day is accepted', async () => {
    const refused = await rest('PATCH', `/assets/${assetId}`, { token: cast.investor.token, body: { openedAt: 0 } })
    expect(refused.status).toBe(400)
    expect(fieldErrors(refused.body)).toEqual([
      { path: 'openedAt', message: 'Une date s’écrit au format ISO (par exemple 2026-03-15), pas sous forme de nombre.' },
    ])
    const accepted = await rest('PATCH', `/assets/${assetId}`, { token: cast.investor.token, body: { openedAt: '2019-03-15' } })
    expect(accepted.status).toBe(200)
  })

  it('a number for a prospect’s next action date is refused too (every date field)', async () => {
    const prospect = await (await testPayload()).create({
      collection: 'prospects',
      overrideAccess: true,
      data: { firstName: 'Paul', lastName: 'Renaud', email: uniqueEmail('paul'), ownerAdvisor: cast.advisor.id, stage: 'new' } as never,
    })
    const { status, body } = await rest('PATCH', `/prospects/${prospect.id}`, { token: cast.advisor.token, body: { nextActionAt: 1_700_000_000_000 } })
    expect(status).toBe(400)
    expect(fieldErrors(body).map((error) => error.path)).toEqual(['nextActionAt'])
  })
})

import { createLocalReq, initTransaction, killTransaction } from 'payload'
import { describe, expect, it } from 'vitest'
import type { DocumentTemplate } from '@atlas/shared/payload-types'
import { createAccount, TEST_PASSWORD, uniqueEmail } from '../../tests/support/accounts'
import { testPayload } from '../../tests/support/payload'
import { rest } from '../../tests/support/rest'
import { currentTemplate } from '../src/documents/templates/currentTemplate'
import { richText } from '../src/seed/richText'

/*
 * The DER and lettre de mission templates (collection document-templates,
 * docs/decisions/041-document-templates.md): the demo publishes both; a
 * template naming a merge field that is not in the list is refused at its
 * `body`, in the writer's language; `version` counts publications of a
 * changed text, whatever the request sends.
 */

type FieldErrors = { errors?: { data?: { errors?: { path: string; message: string }[] } }[] }
const fieldError = (body: FieldErrors, path: string) => body.errors?.[0]?.data?.errors?.find((error) => error.path === path)?.message

const countTitled = async (title: string) =>
  (await (await testPayload()).count({ collection: 'document-templates', overrideAccess: true, where: { title: { equals: title } } })).totalDocs

const unique = () => Math.random().toString(36).slice(2, 8)

/** A paragraph whose placeholder is cut in two runs of different formats (bold "client." then plain "nom}}"). */
const splitField = () => ({
  root: {
    type: 'root',
    children: [
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Client : {{client.', format: 1, version: 1 },
          { type: 'text', text: 'nom}}', format: 0, version: 1 },
        ],
        version: 1,
      },
    ],
    version: 1,
  },
})

describe('the demo’s templates', () => {
  it('a DER and a lettre de mission, each published as version 1, current for its kind', async () => {
    const payload = await testPayload()
    for (const [kind, title] of [
      ['der', 'Document d’entrée en relation'],
      ['lettreMission', 'Lettre de mission'],
    ] as const) {
      const seeded = (await payload.find({ collection: 'document-templates', overrideAccess: true, where: { title: { equals: title } }, sort: 'createdAt', limit: 1 })).docs[0]!
      expect(seeded).toMatchObject({ kind, status: 'published', version: 1, publishedAt: expect.any(String) })
      expect((await currentTemplate(payload, kind))?.status).toBe('published')
    }
  })
})

describe('a template naming a merge field that is not in the list', () => {
  it('is refused at body with the name, in French, then in English; nothing is stored', async () => {
    const title = `Inconnu ${unique()}`
    const body = { kind: 'der', title, status: 'draft', body: richText(['Bonjour {{client.prenom}}, voici {{cabinet.orias}} et {{offre.tarif}}.']) }
    const admin = await createAccount('admin')
    const fr = await rest('POST', '/document-templates', { token: admin.token, body })
    expect(fr.status).toBe(400)
    expect(fieldError(fr.body, 'body')).toBe(
      'Champ de fusion inconnu : « client.prenom », « offre.tarif ». Utilisez uniquement les champs de la liste « Champs de fusion », écrits d’un seul tenant entre doubles accolades (sans changer la mise en forme au milieu).',
    )
    const english = await createAccount('admin', { locale: 'en' })
    const en = await rest('POST', '/document-templates', { token: english.token, body, headers: { 'Accept-Language': 'en' } })
    expect(en.status).toBe(400)
    expect(fieldError(en.body, 'body')).toContain('Unknown merge field: « client.prenom », « offre.tarif »')
    expect(await countTitled(title)).toBe(0)
  })

  it('is refused when a field is cut by a change of format, and when the body is empty; an update is checked too', async () => {
    const admin = await createAccount('admin')
    const title = `Coupé ${unique()}`
    const split = await rest('POST', '/document-templates', { token: admin.token, body: { kind: 'lettreMission', title, body: splitField() } })
    expect(split.status).toBe(400)
    expect(fieldError(split.body, 'body')).toContain('« {{client. »')
    const empty = await rest('POST', '/document-templates', { token: admin.token, body: { kind: 'lettreMission', title, body: richText(['   ']) } })
    expect(empty.status).toBe(400)
    expect(fieldError(empty.body, 'body')).toBe('Le modèle doit avoir un contenu.')
    expect(await countTitled(title)).toBe(0)

    const created = await rest('POST', '/document-templates', { token: admin.token, body: { kind: 'lettreMission', title, body: richText(['Pour {{client.nom}}.']) } })
    expect(created.status).toBe(201)
    const id = created.body.doc.id as number
    const update = await rest('PATCH', `/document-templates/${id}`, { token: admin.token, body: { body: richText(['Pour {{client.nom_complet}}.']) } })
    expect(update.status).toBe(400)
    expect(fieldError(update.body, 'body')).toContain('« client.nom_complet »')
    const stored = (await (await testPayload()).findByID({ collection: 'document-templates', id, overrideAccess: true })) as DocumentTemplate
    expect(JSON.stringify(stored.body)).toContain('{{client.nom}}')
    await (await testPayload()).delete({ collection: 'document-templates', id, overrideAccess: true })
  })
})

describe('a template’s version', () => {
  it('ignores what a request sends: a new draft is version 0, never published', async () => {
    const admin = await createAccount('admin')
    const created = await rest('POST', '/document-templates', {
      token: admin.token,
      body: { kind: 'der', title: `Brouillon ${unique()}`, status: 'draft', version: 99, publishedAt: '2020-01-01T00:00:00.000Z', body: richText(['{{cabinet.raison_sociale}}']) },
    })
    expect(created.status).toBe(201)
    expect(created.body.doc).toMatchObject({ version: 0, publishedAt: null, status: 'draft' })
    await (await testPayload()).delete({ collection: 'document-templates', id: created.body.doc.id, overrideAccess: true })
  })

  it('counts publications of a changed text; a draft keeps its number; the latest published is current', async () => {
    // In a transaction rolled back at the end: the demo's published templates stay current for every other test.
    const payload = await testPayload()
    const admin = await payload.create({
      collection: 'users',
      overrideAccess: true,
      disableVerificationEmail: true,
      data: { email: uniqueEmail('admin'), password: TEST_PASSWORD, name: 'Admin éditrice', role: 'admin', acceptTerms: true, _verified: true } as never,
    })
    const req = await createLocalReq({ user: { ...admin, collection: 'users' } as never }, payload)
    await initTransaction(req)
    try {
      const save = (id: number, data: Record<string, unknown>) => payload.update({ collection: 'document-templates', id, data, req, overrideAccess: true, depth: 0 }) as Promise<DocumentTemplate>
      const first = (await payload.create({ collection: 'document-templates', req, overrideAccess: true, depth: 0, data: { kind: 'der', title: 'DER 2027', status: 'published', body: richText(['Version A {{client.nom}}']) } as never })) as DocumentTemplate
      expect(first).toMatchObject({ version: 1, publishedBy: admin.id })
      expect((await currentTemplate(payload, 'der', req))?.id).toBe(first.id)
      const same = await save(first.id, { title: 'DER 2027' })
      expect(same.version).toBe(1)
      expect(same.publishedAt).toBe(first.publishedAt)
      const changed = await save(first.id, { body: richText(['Version B {{client.nom}}']) })
      expect(changed.version).toBe(2)
      const draft = await save(first.id, { status: 'draft', body: richText(['Version C {{client.nom}}']), version: 7 })
      expect(draft.version).toBe(2)
      expect((await currentTemplate(payload, 'der', req))?.id).not.toBe(first.id)
      expect((await save(first.id, { status: 'published' })).version).toBe(3)
      expect((await currentTemplate(payload, 'der', req))?.version).toBe(3)
      // Each saved text is kept: the one behind version 2 can be read again.
      const versions = await payload.findVersions({ collection: 'document-templates', where: { parent: { equals: first.id } }, req, overrideAccess: true, limit: 10 })
      expect(versions.docs.map((v) => JSON.stringify(v.version.body)).some((text) => text.includes('Version B'))).toBe(true)
    } finally {
      await killTransaction(req)
    }
  })
})

describe('who reads the templates', () => {
  it('advisors and editors read them, investors do not; only admins publish', async () => {
    const [advisor, investor] = await Promise.all([createAccount('advisor'), createAccount('investor')])
    const read = await rest('GET', '/document-templates?where[status][equals]=published&limit=5', { token: advisor.token })
    expect(read.status).toBe(200)
    expect(read.body.docs.length).toBeGreaterThanOrEqual(2)
    expect((await rest('GET', '/document-templates', { token: investor.token })).status).toBe(403)
    const write = await rest('POST', '/document-templates', { token: advisor.token, body: { kind: 'der', title: 'Pirate', status: 'published', body: richText(['x']) } })
    expect(write.status).toBe(403)
  })
})

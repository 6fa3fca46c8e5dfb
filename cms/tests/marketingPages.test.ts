import { beforeAll, describe, expect, it } from 'vitest'
import { createAccount, type Account } from '../../tests/support/accounts'
import { testPayload } from '../../tests/support/payload'
import { rest } from '../../tests/support/rest'
import { env } from '../src/env'
import { PREVIEW_LIFETIME_SECONDS, signPreviewToken } from '../src/preview/previewToken'

/** Pages built from blocks, plans, and the signed draft preview, through the running cms. */

const unique = () => Math.random().toString(36).slice(2, 10)
const hero = (overrides: Record<string, unknown> = {}) => ({
  blockType: 'hero',
  title: 'Un titre',
  visual: 'none',
  primary: { label: 'Commencer', href: '/inscription' },
  ...overrides,
})
const errorsOf = (body: any): { path: string; message: string }[] => body?.errors?.[0]?.data?.errors ?? []

let editor: Account
let englishEditor: Account
let investor: Account

beforeAll(async () => {
  ;[editor, englishEditor, investor] = await Promise.all([
    createAccount('editor'),
    createAccount('editor', { locale: 'en' }),
    createAccount('investor'),
  ])
})

describe('page blocks', () => {
  it('stores a page made of every block type', async () => {
    const { status, body } = await rest('POST', '/pages', {
      token: editor.token,
      body: {
        title: 'Tous les blocs',
        slug: `blocs-${unique()}`,
        _status: 'published',
        layout: [
          hero({ secondary: { label: 'Nous écrire', href: 'mailto:bonjour@atlas.example' } }),
          { blockType: 'features', title: 'Atouts', style: 'cards', anchor: 'atouts', items: [{ icon: 'chart', title: 'Bilan', text: 'Tout voir.' }] },
          { blockType: 'pricingTable', title: 'Tarifs' },
          { blockType: 'faq', title: 'Questions', items: [{ question: 'Pourquoi ?', answer: { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Parce que.' }] }] } } }] },
          { blockType: 'callToAction', title: 'Prêt ?', button: { label: 'Y aller', href: 'https://www.amf-france.org' } },
          { blockType: 'prose', width: 'reading', content: { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Texte.' }] }] } } },
        ],
      },
    })
    expect(status, JSON.stringify(body)).toBe(201)
    expect(body.doc.layout.map((block: { blockType: string }) => block.blockType)).toEqual(['hero', 'features', 'pricingTable', 'faq', 'callToAction', 'prose'])
  })

  it.each([
    ['javascript:alert(1)', 'layout.0.primary.href'],
    ['//evil.example', 'layout.0.primary.href'],
    ['http://example.com', 'layout.0.primary.href'],
  ])('refuses the button target %s with a French message at its path, and stores nothing', async (href, path) => {
    const slug = `lien-${unique()}`
    const { status, body } = await rest('POST', '/pages', {
      token: editor.token,
      body: { title: 'Lien', slug, layout: [hero({ primary: { label: 'Piège', href } })] },
    })
    expect(status).toBe(400)
    expect(errorsOf(body)).toContainEqual(expect.objectContaining({ path, message: expect.stringContaining('chemin du site') }))
    const { totalDocs } = await (await testPayload()).count({ collection: 'pages', where: { slug: { equals: slug } }, overrideAccess: true })
    expect(totalDocs).toBe(0)
  })

  it('answers an English-speaking editor in English', async () => {
    const { status, body } = await rest('POST', '/pages', {
      token: englishEditor.token,
      body: { title: 'Link', slug: `link-${unique()}`, layout: [hero({ primary: { label: 'Trap', href: 'javascript:void(0)' } })] },
    })
    expect(status).toBe(400)
    expect(errorsOf(body)).toContainEqual(expect.objectContaining({ path: 'layout.0.primary.href', message: expect.stringContaining('site path') }))
  })

  it('needs a target when a button has a label, a hero title, and a call to action button', async () => {
    const { status, body } = await rest('POST', '/pages', {
      token: editor.token,
      body: {
        title: 'Incomplet',
        slug: `incomplet-${unique()}`,
        layout: [
          hero({ title: '', primary: { label: 'Sans destination', href: '' } }),
          { blockType: 'callToAction', title: 'Sans bouton' },
        ],
      },
    })
    expect(status).toBe(400)
    const paths = errorsOf(body).map((error) => error.path)
    expect(paths).toEqual(expect.arrayContaining(['layout.0.title', 'layout.0.primary.href', 'layout.1.button.label', 'layout.1.button.href']))
  })

  it('refuses an unknown feature icon and a malformed anchor', async () => {
    const { status, body } = await rest('POST', '/pages', {
      token: editor.token,
      body: {
        title: 'Atouts',
        slug: `atouts-${unique()}`,
        layout: [{ blockType: 'features', title: 'Atouts', anchor: 'Pas Une Ancre', items: [{ icon: 'rocket', title: 'A', text: 'B' }] }],
      },
    })
    expect(status).toBe(400)
    expect(errorsOf(body).map((error) => error.path)).toEqual(expect.arrayContaining(['layout.0.anchor', 'layout.0.items.0.icon']))
  })

  it('lets an investor write no page', async () => {
    const { status } = await rest('POST', '/pages', { token: investor.token, body: { title: 'Non', slug: `non-${unique()}`, layout: [hero()] } })
    expect(status).toBe(403)
  })
})

describe('plans', () => {
  const plan = (overrides: Record<string, unknown> = {}) => ({
    name: 'Essai',
    monthlyPriceCents: 990,
    yearlyPriceCents: 9900,
    features: [{ text: 'Bilan' }],
    _status: 'published',
    ...overrides,
  })

  it('keeps prices in whole cents', async () => {
    const { status, body } = await rest('POST', '/plans', { token: editor.token, body: plan() })
    expect(status, JSON.stringify(body)).toBe(201)
    expect(body.doc).toMatchObject({ monthlyPriceCents: 990, yearlyPriceCents: 9900 })
  })

  it.each([
    [{ monthlyPriceCents: 9.9 }, 'monthlyPriceCents', 'nombre entier de centimes'],
    [{ monthlyPriceCents: -100 }, 'monthlyPriceCents', ''],
    [{ yearlyPriceCents: 99.5 }, 'yearlyPriceCents', 'nombre entier de centimes'],
    [{ features: [] }, 'features', ''],
  ])('refuses %j with an error at %s', async (overrides, path, message) => {
    const { status, body } = await rest('POST', '/plans', { token: editor.token, body: plan(overrides) })
    expect(status).toBe(400)
    expect(errorsOf(body)).toContainEqual(expect.objectContaining({ path, message: expect.stringContaining(message) }))
  })

  it('shows visitors published plans only', async () => {
    const name = `Brouillon ${unique()}`
    await rest('POST', '/plans?draft=true', { token: editor.token, body: plan({ name, _status: 'draft' }) })
    const { body } = await rest('GET', `/plans?limit=100&where[name][equals]=${encodeURIComponent(name)}`)
    expect(body.totalDocs).toBe(0)
    const asEditor = await rest('GET', `/plans?draft=true&limit=100&where[name][equals]=${encodeURIComponent(name)}`, { token: editor.token })
    expect(asEditor.body.totalDocs).toBe(1)
  })
})

describe('draft preview', () => {
  const secret = env.payloadSecret

  it('gives the latest draft to a signed token while visitors keep the published version', async () => {
    const payload = await testPayload()
    const slug = `apercu-${unique()}`
    const page = await payload.create({
      collection: 'pages',
      overrideAccess: true,
      data: { title: 'Aperçu', slug, _status: 'published', layout: [hero({ title: 'Titre publié' })] } as never,
    })
    const saved = await rest('PATCH', `/pages/${page.id}?draft=true`, {
      token: editor.token,
      body: { layout: [hero({ title: 'Titre en brouillon' })], _status: 'draft' },
    })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)

    const visitor = await rest('GET', `/pages?where[slug][equals]=${slug}`)
    expect(visitor.body.docs[0].layout[0].title).toBe('Titre publié')
    const visitorAskingDraft = await rest('GET', `/pages?draft=true&where[slug][equals]=${slug}`)
    // Asking for drafts without being an author gives no draft (the rule filters on the published status).
    expect(JSON.stringify(visitorAskingDraft.body)).not.toContain('Titre en brouillon')

    const preview = await rest('POST', '/pages/preview', { body: { token: signPreviewToken(page.id, secret) } })
    expect(preview.status).toBe(200)
    expect(preview.body.doc.layout[0].title).toBe('Titre en brouillon')
  })

  it('refuses forged and expired tokens with a stable code', async () => {
    const forged = await rest('POST', '/pages/preview', { body: { token: signPreviewToken(1, 'not-the-secret') } })
    expect(forged.status).toBe(400)
    expect(forged.body.errors[0]).toMatchObject({ code: 'invalid', message: expect.stringContaining('invalide') })
    const old = Date.now() - (PREVIEW_LIFETIME_SECONDS + 60) * 1000
    const expired = await rest('POST', '/pages/preview', { body: { token: signPreviewToken(1, secret, old) } })
    expect(expired.status).toBe(410)
    expect(expired.body.errors[0].code).toBe('expired')
    const missing = await rest('POST', '/pages/preview', { body: {} })
    expect(missing.status).toBe(400)
  })

  it('builds the admin preview link for authors only, to the page on web with a token', async () => {
    const { pagePreviewUrl } = await import('../src/collections/Pages/previewUrl')
    const payload = await testPayload()
    const req = (role: string | null) => ({ user: role ? { role } : null, payload }) as never
    const url = await pagePreviewUrl({ id: 7, slug: 'tarifs' }, { req: req('editor'), locale: 'fr', token: null })
    expect(url).toMatch(/\/tarifs\?apercu=[\w-]+\.[\w-]+$/)
    expect(await pagePreviewUrl({ id: 7, slug: 'accueil' }, { req: req('admin'), locale: 'fr', token: null })).toMatch(/\/\?apercu=/)
    expect(await pagePreviewUrl({ id: 7, slug: 'tarifs' }, { req: req('investor'), locale: 'fr', token: null })).toBeNull()
  })
})

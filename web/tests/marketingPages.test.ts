import { describe, expect, it } from 'vitest'
import { testPayload } from '../../tests/support/payload'
import { testEnv } from '../../tests/support/env'
import { env as cmsEnv } from '../../cms/src/env'
import { signPreviewToken } from '../../cms/src/preview/previewToken'
import { publishedPage } from '../app/lib/pages.server'
import { webClient } from './webClient'

/** Marketing pages rendered by web from the cms, over real HTTP, and their SEO files. */

const unique = () => Math.random().toString(36).slice(2, 10)
const NBSP = '\u00a0'

const heroPage = async (slug: string, title: string, status: 'published' | 'draft') =>
  (await testPayload()).create({
    collection: 'pages',
    overrideAccess: true,
    draft: status === 'draft',
    data: {
      title: `Page ${slug}`,
      slug,
      _status: status,
      meta: { title: `${title} — SEO`, description: 'Une description pour les moteurs.' },
      layout: [{ blockType: 'hero', title, visual: 'none', primary: { label: 'Essayer', href: '/inscription' } }],
    } as never,
  })

describe('cms pages on web', () => {
  it('renders the landing page from the cms with its SEO head', async () => {
    // The hero's h1 text itself may be under edit by the e2e test (tests/e2e/marketingPages.test.ts) meanwhile.
    const { status, html } = await webClient().get('/')
    expect(status).toBe(200)
    expect(html).toMatch(/<h1[^>]*data-testid="hero-title"[^>]*>([^<]+)<\/h1>/)
    expect(html).toContain('<title>Atlas — Patrimoine, bilan et formation pour investisseurs particuliers</title>')
    expect(html).toContain(`<link rel="canonical" href="${testEnv.webUrl}/"/>`)
    expect(html).toContain(`<meta property="og:url" content="${testEnv.webUrl}/"/>`)
    expect(html).toContain('<meta property="og:type" content="website"/>')
    expect(html).toContain('property="og:description" content="Atlas réunit votre bilan patrimonial')
    expect(html).toContain('id="fonctionnalites"')
    expect(html).toContain('id="etapes"')
    expect(html).toContain('Tout ce qu’il faut pour décider sereinement')
    expect(html).toContain('data-testid="hero-cta"')
  })

  it.each([
    ['/a-propos', 'Rendre le conseil patrimonial lisible et accessible'],
    ['/tarifs', 'Des offres simples, sans engagement'],
    ['/faq', 'Questions fréquentes'],
    ['/mentions-legales', 'Mentions légales'],
    ['/confidentialite', 'Politique de confidentialité'],
    ['/cgu', 'Conditions générales d’utilisation'],
  ])('renders %s with one h1', async (path, h1) => {
    const { status, html } = await webClient().get(path)
    expect(status).toBe(200)
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1)
    expect(html).toMatch(new RegExp(`<h1[^>]*>${h1}</h1>`))
    expect(html).toContain(`<link rel="canonical" href="${testEnv.webUrl}${path}"/>`)
  })

  it('shows the plans of /tarifs with prices from integer cents', async () => {
    const { html } = await webClient().get('/tarifs')
    expect(html.match(/data-testid="plan"/g)).toHaveLength(3)
    expect(html).toContain('>Gratuit<')
    expect(html).toContain(`9,90${NBSP}€ / mois`)
    expect(html).toContain(`ou 99${NBSP}€ / an`)
    expect(html).toContain(`29${NBSP}€ / mois`)
    expect(html).toContain('Le plus choisi')
  })

  it('renders FAQ answers as disclosure widgets with the rich text inside', async () => {
    const { html } = await webClient().get('/faq')
    expect(html).toContain('<summary>Mes données sont-elles en sécurité ?</summary>')
    expect(html).toMatch(/<details class="faq-item">/)
  })

  it('answers 404 with the French error page for a page that does not exist', async () => {
    const { status, html } = await webClient().get(`/page-${unique()}`)
    expect(status).toBe(404)
    expect(html).toContain('data-testid="error-title"')
    expect(html).not.toMatch(/at \w+ \(/) // no stack trace
  })

  it('redirects /accueil to /', async () => {
    const { status, location } = await webClient().get('/accueil')
    expect(status).toBe(301)
    expect(location).toBe('/')
  })

  it('shows a never-published page to nobody, but to a valid preview link, marked and not indexed', async () => {
    const slug = `brouillon-${unique()}`
    const page = await heroPage(slug, 'Un brouillon secret', 'draft')
    expect((await webClient().get(`/${slug}`)).status).toBe(404)

    const token = signPreviewToken(page.id, cmsEnv.payloadSecret)
    const preview = await webClient().get(`/${slug}?apercu=${encodeURIComponent(token)}`)
    expect(preview.status).toBe(200)
    expect(preview.html).toContain('Un brouillon secret')
    expect(preview.html).toContain('data-testid="preview-banner"')
    expect(preview.html).toContain('<meta name="robots" content="noindex, nofollow"/>')
    expect(preview.response.headers.get('cache-control')).toContain('no-store')

    const forged = await webClient().get(`/${slug}?apercu=${encodeURIComponent(signPreviewToken(page.id, 'wrong'))}`)
    expect(forged.status).toBe(404)
  })

  it('falls back to the published version with a notice when the preview link is not valid', async () => {
    const slug = `publiee-${unique()}`
    await heroPage(slug, 'La version publiée', 'published')
    const { status, html } = await webClient().get(`/${slug}?apercu=faux.jeton`)
    expect(status).toBe(200)
    expect(html).toContain('La version publiée')
    expect(html).toContain('Ce lien de prévisualisation n’est plus valable')
    expect(html).toContain('<title>La version publiée — SEO</title>')
  })

  it('turns an unreachable cms into a 503, not a crash', async () => {
    const closed = { baseUrl: 'http://127.0.0.1:9', fetch: globalThis.fetch }
    const thrown = await publishedPage('tarifs', closed).catch((error: unknown) => error)
    expect(thrown).toMatchObject({ init: { status: 503 } })
  })
})

describe('sitemap.xml and robots.txt', () => {
  it('lists published pages and courses with absolute URLs and lastmod, never drafts', async () => {
    const draftSlug = `cache-${unique()}`
    await heroPage(draftSlug, 'Pas dans le plan', 'draft')
    const { status, html: xml, response } = await webClient().get('/sitemap.xml')
    expect(status).toBe(200)
    expect(response.headers.get('content-type')).toContain('application/xml')
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/)
    for (const path of ['/', '/a-propos', '/tarifs', '/faq', '/formation/bases-de-l-epargne', '/formation/risque-et-diversification']) {
      expect(xml).toMatch(new RegExp(`<url><loc>${testEnv.webUrl}${path}</loc><lastmod>\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z</lastmod></url>`))
    }
    // The legal pages are web routes filled from the firm global (docs/decisions/027).
    for (const path of ['/mentions-legales', '/cgu', '/confidentialite']) expect(xml).toContain(`<url><loc>${testEnv.webUrl}${path}</loc></url>`)
    expect(xml).not.toContain(draftSlug)
    expect(xml).not.toContain('/accueil')
  })

  it('keeps robots out of the portal and account pages and points to the sitemap', async () => {
    const { status, html: text } = await webClient().get('/robots.txt')
    expect(status).toBe(200)
    expect(text).toContain('User-agent: *')
    expect(text).toContain('Disallow: /portail\n')
    expect(text).toContain('Disallow: /connexion\n')
    expect(text).toContain(`Sitemap: ${testEnv.webUrl}/sitemap.xml`)
  })
})

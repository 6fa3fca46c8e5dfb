import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { testEnv } from '../support/env'
import { testPayload } from '../support/payload'
import { useBrowser } from './support/browser'
import { signInOnWeb } from './support/signIn'

/*
 * The main pages of the journey work under their Content-Security-Policy:
 * no violation (browser.ts fails any test that causes one), and scripts really
 * run (client-side navigation, the admin's React forms). Our pages refuse to be
 * framed by another site (docs/decisions/023-security-headers.md).
 */

const browser = useBrowser()
const DEMO_PASSWORD = 'AtlasDemo2026!'
// A 1×1 PNG, for an upload through the admin.
const PIXEL_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64')

/** Marks the document; a client-side navigation keeps the mark, a full page load would lose it. */
const markDocument = (page: Page) => page.evaluate(() => ((window as unknown as { atlasMark?: string }).atlasMark = 'still here'))
const documentMark = (page: Page) => page.evaluate(() => (window as unknown as { atlasMark?: string }).atlasMark)

describe('the journey under the Content-Security-Policy', () => {
  it('a visitor: the landing, then login and sign-up pages whose scripts run', async () => {
    const page = await browser.newPage()
    await page.goto(`${testEnv.webUrl}/`)
    await page.waitForSelector('h1')
    await page.goto(`${testEnv.webUrl}/connexion`)
    await page.waitForSelector('input[name="email"]')
    // Hydrated: React Router takes the link to /inscription without reloading the document.
    await page.waitForFunction(() => Boolean((window as unknown as { __reactRouterContext?: unknown }).__reactRouterContext))
    await markDocument(page)
    await Promise.all([page.waitForURL(/\/inscription/), page.click('a[href^="/inscription"]')])
    await page.waitForSelector('input[name="email"]')
    expect(await documentMark(page)).toBe('still here')
    expect(browser.errors()).toEqual([])
  })

  it('an investor: dashboard with its charts, patrimony and a lesson', async () => {
    const page = await browser.newPage()
    await signInOnWeb(page, 'camille.martin@atlas.demo', DEMO_PASSWORD)
    await page.waitForSelector('[data-testid="net-worth-chart"] svg path')
    expect(await page.locator('[data-testid="allocation-chart"] svg path').count()).toBeGreaterThan(0)
    // The allocation switch is a client-side navigation: scripts run.
    await markDocument(page)
    await page.click('[data-testid="allocation-risque"]')
    await page.waitForURL(/repartition=risque/)
    await page.waitForSelector('[data-testid="allocation-row"]:has-text("Sans risque")')
    expect(await documentMark(page)).toBe('still here')

    await page.goto(`${testEnv.webUrl}/portail/patrimoine`)
    await page.waitForSelector('[data-testid="patrimony-line"]')
    await page.goto(`${testEnv.webUrl}/formation/bases-de-l-epargne/livrets-reglementes`)
    await page.waitForSelector('h1')
    expect(await page.textContent('body')).toContain('Livret A')
    expect(browser.errors()).toEqual([])
  })

  it('an editor: the admin login, a page being edited in Lexical, a media upload', async () => {
    const page = await browser.newPage()
    await page.goto(`${testEnv.cmsPublicUrl}/admin/login`)
    await page.fill('input[name="email"]', 'editeur@atlas.demo')
    await page.fill('input[name="password"]', DEMO_PASSWORD)
    // The login form is React: signing in at all proves the admin's scripts run.
    await Promise.all([page.waitForURL((url) => url.pathname === '/admin', { timeout: 60_000 }), page.click('button[type="submit"]')])

    // The seeded "À propos" page (a prose block in Lexical), opened by id: other files add pages to the list.
    const about = (await (await testPayload()).find({ collection: 'pages', where: { slug: { equals: 'a-propos' } }, overrideAccess: true, depth: 0 })).docs[0]!
    await page.goto(`${testEnv.cmsPublicUrl}/admin/collections/pages/${about.id}`)
    await page.waitForSelector('[data-lexical-editor="true"][contenteditable="true"]', { timeout: 60_000 })

    await page.goto(`${testEnv.cmsPublicUrl}/admin/collections/media/create`)
    await page.setInputFiles('input[type="file"]', { name: 'pixel.png', mimeType: 'image/png', buffer: PIXEL_PNG })
    await page.fill('#field-alt', 'Un pixel')
    await Promise.all([page.waitForURL(/\/admin\/collections\/media\/\d+/, { timeout: 60_000 }), page.click('#action-save')])
    expect(browser.errors()).toEqual([])
  })
})

describe('framing by another site', () => {
  /** Whether a page of attacker.example shows `target`'s login form in an iframe; `stripHeaders` removes our CSP and X-Frame-Options first. */
  const framedByAttacker = async (target: string, stripHeaders: boolean): Promise<boolean> => {
    const page = await browser.newPage({ expectCspRefusals: true, stagedHosts: ['attacker.example'] })
    if (stripHeaders) {
      await page.route(target, async (route) => {
        const response = await route.fetch()
        const headers = { ...response.headers() }
        delete headers['content-security-policy']
        delete headers['x-frame-options']
        await route.fulfill({ response, headers })
      })
    }
    await page.route('http://attacker.example/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: `<!doctype html><iframe id="victim" src="${target}"></iframe>` }),
    )
    await page.goto('http://attacker.example/')
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame())
    if (!frame) return false
    return frame.waitForSelector('input[name="email"]', { timeout: stripHeaders ? 60_000 : 5_000 }).then(
      () => true,
      () => false,
    )
  }

  it.each([
    ['web’s login page', () => `${testEnv.webUrl}/connexion`],
    ['the admin login page', () => `${testEnv.cmsPublicUrl}/admin/login`],
  ])('an attacker page cannot frame %s', async (_name, target) => {
    // Control: without our headers the same page is framed, and the check sees its form.
    expect(await framedByAttacker(target(), true)).toBe(true)
    expect(await framedByAttacker(target(), false)).toBe(false)
  })
})

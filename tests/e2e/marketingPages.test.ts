import { afterAll, describe, expect, it } from 'vitest'
import { HOME_SLUG } from '@atlas/shared/pages'
import { TEST_PASSWORD, createAccount } from '../support/accounts'
import { testEnv } from '../support/env'
import { testPayload } from '../support/payload'
import { useBrowser } from './support/browser'

const browser = useBrowser()
const NEW_TITLE = `Votre patrimoine, vu de haut ${Math.random().toString(36).slice(2, 8)}`

/** Waits until `check` holds (what the admin saved is really stored), up to 60 s. */
const eventually = async (check: () => Promise<boolean>) => {
  for (let i = 0; i < 120; i += 1) {
    if (await check()) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error('condition not met within 60 s')
}

const landing = async (draft: boolean) => {
  const payload = await testPayload()
  const { docs } = await payload.find({ collection: 'pages', where: { slug: { equals: HOME_SLUG } }, draft, overrideAccess: true, limit: 1 })
  return docs[0]!
}
const heroTitle = (page: Awaited<ReturnType<typeof landing>>) => (page.layout?.[0] as { title?: string } | undefined)?.title

describe('marketing pages, end to end', () => {
  let original: Awaited<ReturnType<typeof landing>> | undefined

  afterAll(async () => {
    // Put the seeded landing back for the other test files.
    if (original) {
      await (await testPayload()).update({
        collection: 'pages',
        id: original.id,
        overrideAccess: true,
        data: { layout: original.layout, _status: 'published' },
      })
    }
  })

  it('an editor changes the landing hero: draft hidden from visitors, visible in preview, live once published', async () => {
    original = await landing(false)
    const oldTitle = heroTitle(original)!
    const editor = await createAccount('editor')

    const admin = await browser.newPage()
    await admin.goto(`${testEnv.cmsPublicUrl}/admin/login`)
    await admin.fill('input[name="email"]', editor.email)
    await admin.fill('input[name="password"]', TEST_PASSWORD)
    await Promise.all([admin.waitForURL((url) => url.pathname === '/admin', { timeout: 60_000 }), admin.click('button[type="submit"]')])
    await admin.goto(`${testEnv.cmsPublicUrl}/admin/collections/pages/${original.id}`)
    await admin.waitForSelector('#field-layout__0__title', { timeout: 60_000 })
    await admin.fill('#field-layout__0__title', NEW_TITLE)
    await admin.click('#action-save-draft')
    await eventually(async () => heroTitle(await landing(true)) === NEW_TITLE)
    await browser.screenshot(admin, 'marketing-admin-draft')

    // A visitor still sees the published hero.
    const visitor = await browser.newPage()
    await visitor.goto(`${testEnv.webUrl}/`)
    expect(await visitor.textContent('h1')).toBe(oldTitle)

    // The admin's "Prévisualiser" link opens the draft on web, for anyone holding it (no cookie needed).
    const previewLink = admin.locator('#preview-button')
    // Its name is written out, not an unlabelled icon (issue #12, defect 9).
    expect((await previewLink.textContent())?.trim()).toBe('Prévisualiser')
    const href = (await previewLink.getAttribute('href'))!
    expect(href.startsWith(`${testEnv.webUrl.replace('127.0.0.1', 'localhost')}/?apercu=`) || href.startsWith(`${testEnv.webUrl}/?apercu=`)).toBe(true)
    const preview = await browser.newPage()
    await preview.goto(`${testEnv.webUrl}/?apercu=${new URL(href).searchParams.get('apercu')}`)
    expect(await preview.textContent('h1')).toBe(NEW_TITLE)
    expect(await preview.isVisible('[data-testid="preview-banner"]')).toBe(true)
    await browser.screenshot(preview, 'marketing-preview')

    // Publish: now every visitor sees it.
    await admin.click('#action-save')
    await eventually(async () => heroTitle(await landing(false)) === NEW_TITLE)
    const later = await browser.newPage()
    await later.goto(`${testEnv.webUrl}/`)
    expect(await later.textContent('h1')).toBe(NEW_TITLE)
    expect(browser.errors()).toEqual([])
  })

  it('a visitor reads the pricing page and the FAQ on a phone without horizontal scrolling', async () => {
    const page = await browser.newPage({ width: 375 })
    for (const path of ['/tarifs', '/faq', '/mentions-legales']) {
      const response = await page.goto(`${testEnv.webUrl}${path}`)
      expect(response?.status()).toBe(200)
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(overflow, path).toBeLessThanOrEqual(0)
      await browser.screenshot(page, `marketing${path.replace('/', '-')}-375`)
    }
    await page.goto(`${testEnv.webUrl}/faq`)
    await page.click('summary:has-text("Mes données sont-elles en sécurité ?")')
    expect(await page.isVisible('text=hébergées dans l’Union européenne')).toBe(true)
    expect(browser.errors()).toEqual([])
  })
})

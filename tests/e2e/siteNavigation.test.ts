import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { testEnv } from '../support/env'
import { useBrowser } from './support/browser'
import { signInOnWeb } from './support/signIn'

/**
 * The public site's navigation on a phone (a menu button, a details/summary
 * disclosure enhanced by script) and on a laptop (links in the header); no
 * page of the site, the portal or the training overflows sideways at 390 px.
 */
const browser = useBrowser()
const PHONE = 390
const LAPTOP = 1366

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
const toggle = '[data-testid="site-menu-toggle"]'
const panel = '[data-testid="site-menu-panel"]'

describe('the public site’s navigation', () => {
  it('at 390 px without JavaScript (the cms pages are plain HTML): “Menu” opens the sections natively, “Tarifs” leads to the pricing page', async () => {
    const page = await browser.newPage({ width: PHONE })
    await page.goto(`${testEnv.webUrl}/`)
    expect(await page.isVisible('.site-nav-sections')).toBe(false)
    expect(await page.isVisible(toggle)).toBe(true)
    expect(await page.isVisible(`${toggle} .site-menu-label-open`)).toBe(true)
    expect((await page.textContent(`${toggle} .site-menu-label-open`))?.trim()).toBe('Menu')
    expect(await page.isVisible(panel)).toBe(false)
    expect(await overflow(page)).toBeLessThanOrEqual(0)
    await browser.screenshot(page, 'site-menu-closed-390')

    await page.click(toggle)
    expect(await page.isVisible(panel)).toBe(true)
    expect(await page.isVisible(`${toggle} .site-menu-label-close`)).toBe(true)
    expect((await page.textContent(`${toggle} .site-menu-label-close`))?.trim()).toBe('Fermer le menu')
    const links = await page.$$eval(`${panel} a`, (as) => as.map((a) => a.textContent?.trim()))
    expect(links).toEqual(expect.arrayContaining(['Tarifs', 'Formation', 'FAQ', 'Contact']))
    expect(await overflow(page)).toBeLessThanOrEqual(0)
    await browser.screenshot(page, 'site-menu-open-390')

    await Promise.all([page.waitForURL(/\/tarifs$/), page.click(`${panel} a:has-text("Tarifs")`)])
    expect(await page.isVisible(panel)).toBe(false)
    expect(await overflow(page)).toBeLessThanOrEqual(0)
    await browser.screenshot(page, 'site-tarifs-390')
    expect(browser.errors()).toEqual([])
  })

  it('at 390 px with JavaScript (a hydrated page): aria-expanded follows, Escape closes and gives the focus back, a link closes it', async () => {
    const page = await browser.newPage({ width: PHONE })
    await page.goto(`${testEnv.webUrl}/formation`)
    await page.waitForSelector(`${toggle}[aria-expanded="false"]`)
    expect(await page.getAttribute(toggle, 'aria-controls')).toBe('site-menu-panel')
    await page.click(toggle)
    await page.waitForSelector(`${toggle}[aria-expanded="true"]`)
    expect(await page.isVisible(panel)).toBe(true)

    await page.focus(`${panel} a:has-text("FAQ")`)
    await page.keyboard.press('Escape')
    await page.waitForSelector(`${toggle}[aria-expanded="false"]`)
    expect(await page.isVisible(panel)).toBe(false)
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('site-menu-toggle')

    // The keyboard opens it again (Enter on the button); following a link closes it.
    await page.keyboard.press('Enter')
    await page.waitForSelector(`${toggle}[aria-expanded="true"]`)
    await Promise.all([page.waitForURL(/\/contact$/), page.click(`${panel} a:has-text("Contact")`)])
    await page.waitForSelector(`${toggle}[aria-expanded="false"]`)
    expect(await page.isVisible(panel)).toBe(false)
    expect(await overflow(page)).toBeLessThanOrEqual(0)
    await browser.screenshot(page, 'site-contact-390')
    expect(browser.errors()).toEqual([])
  })

  it('works without JavaScript: the server sends a details/summary disclosure holding every section', async () => {
    const page = await browser.newPage({ width: PHONE })
    const html = await (await page.request.get(`${testEnv.webUrl}/`)).text()
    const menu = html.match(/<details class="site-menu"[\s\S]*?<\/details>/)?.[0] ?? ''
    expect(menu).toMatch(/<summary[^>]*aria-controls="site-menu-panel"/)
    for (const href of ['/tarifs', '/formation', '/faq', '/contact']) expect(menu).toContain(`href="${href}"`)
  })

  it('at 1366 px: the sections are in the header and the menu button is not shown', async () => {
    const page = await browser.newPage({ width: LAPTOP })
    await page.goto(`${testEnv.webUrl}/`)
    for (const label of ['Tarifs', 'Formation', 'FAQ', 'Contact']) expect(await page.isVisible(`.site-nav-sections a:has-text("${label}")`)).toBe(true)
    expect(await page.isVisible(toggle)).toBe(false)
    expect(await overflow(page)).toBeLessThanOrEqual(0)
    await browser.screenshot(page, 'site-header-1366')
  })

  it('no public page overflows at 390 px', async () => {
    const page = await browser.newPage({ width: PHONE })
    for (const path of ['/tarifs', '/formation', '/faq', '/contact', '/connexion']) {
      await page.goto(`${testEnv.webUrl}${path}`)
      expect(await overflow(page), path).toBeLessThanOrEqual(0)
    }
    await browser.screenshot(page, 'site-login-390')
  })
})

describe('the portal and training navigation at 390 px', () => {
  it('no page overflows sideways and every portal section stays reachable', async () => {
    const page = await browser.newPage({ width: PHONE })
    await signInOnWeb(page, 'camille.martin@atlas.demo', 'AtlasDemo2026!')
    for (const [path, name] of [['/portail', 'portal-390'], ['/portail/formation', 'portal-training-390'], ['/portail/patrimoine', 'portal-patrimony-390'], ['/formation', 'training-catalogue-signed-in-390']] as const) {
      await page.goto(`${testEnv.webUrl}${path}`)
      expect(await overflow(page), path).toBeLessThanOrEqual(0)
      await browser.screenshot(page, name)
    }
    const course = await page.getAttribute('[data-testid="course-card"] a', 'href')
    await page.goto(`${testEnv.webUrl}${course}`)
    expect(await overflow(page), course!).toBeLessThanOrEqual(0)
    await browser.screenshot(page, 'training-course-390')
    await page.goto(`${testEnv.webUrl}/portail`)
    // The portal's sections are one row that scrolls sideways (a tab bar): the last one can be scrolled to.
    await page.locator('.portal-nav a:has-text("Sécurité")').scrollIntoViewIfNeeded()
    expect(await page.isVisible('.portal-nav a:has-text("Sécurité")')).toBe(true)
    expect(browser.errors()).toEqual([])
  })
})

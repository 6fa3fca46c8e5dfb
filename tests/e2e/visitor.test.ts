import { describe, expect, it } from 'vitest'
import { testEnv } from '../support/env'
import { useBrowser } from './support/browser'

const browser = useBrowser()

describe('a visitor', () => {
  it('sees the landing page in French with a way to sign up', async () => {
    const page = await browser.newPage()
    const response = await page.goto(testEnv.webUrl)
    expect(response?.status()).toBe(200)
    expect(await page.getAttribute('html', 'lang')).toBe('fr')
    expect(await page.textContent('h1')).toBeTruthy()
    await page.click('[data-testid="hero-cta"]')
    await page.waitForURL(/\/inscription$/)
    await browser.screenshot(page, 'visitor-signup-page')
    expect(browser.errors()).toEqual([])
  })

  it('sees the landing page on a 375 px phone without horizontal scrolling', async () => {
    const page = await browser.newPage({ width: 375 })
    await page.goto(testEnv.webUrl)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await browser.screenshot(page, 'landing-375')
  })

  it('is sent to the login page when opening the portal signed out', async () => {
    const page = await browser.newPage()
    await page.goto(`${testEnv.webUrl}/portail`)
    expect(new URL(page.url()).pathname).toBe('/connexion')
    expect(new URL(page.url()).searchParams.get('redirectTo')).toBe('/portail')
  })
})

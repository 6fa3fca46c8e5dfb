import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { behindProxy } from '../../support/visitor'

/** Debian's Chromium, never a downloaded browser build. */
const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']
export const SCREENSHOT_DIR = path.resolve(process.cwd(), '.screenshots')

let browser: Browser | undefined

/**
 * One Chromium per test file. Every `newPage` gets a fresh context (no shared
 * cookies) in French; console errors in the page fail the test that opened it.
 */
export const useBrowser = () => {
  const contexts: BrowserContext[] = []
  const pageErrors: string[] = []

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS, headless: true })
    await mkdir(SCREENSHOT_DIR, { recursive: true })
  })

  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()))
    await browser?.close()
  })

  const newPage = async (options: { width?: number; locale?: string } = {}): Promise<Page> => {
    if (!browser) throw new Error('browser not started')
    const context = await browser.newContext({
      locale: options.locale ?? 'fr-FR',
      timezoneId: 'Europe/Paris',
      viewport: { width: options.width ?? 1280, height: 900 },
      // Each page is its own visitor behind web's proxy (TRUST_PROXY=1 in the test stack): own rate-limit buckets.
      extraHTTPHeaders: behindProxy(),
    })
    contexts.push(context)
    const page = await context.newPage()
    page.on('pageerror', (error) => pageErrors.push(error.message))
    return page
  }

  const screenshot = (page: Page, name: string) =>
    page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true })

  /** Errors thrown by page scripts so far (hydration errors included). */
  const errors = () => [...pageErrors]

  return { newPage, screenshot, errors }
}

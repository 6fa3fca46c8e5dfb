import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import { behindProxy } from '../../support/visitor'

/** The Chrome/Chromium `npm test` found or installed (scripts/lib/chromium.ts), never a downloaded browser build. */
const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']
export const SCREENSHOT_DIR = path.resolve(process.cwd(), '.screenshots')

let browser: Browser | undefined

/**
 * Reports every Content-Security-Policy violation of the page as a console
 * error the test side recognises (runs before any page script; Playwright's
 * init scripts are not subject to the page's CSP).
 */
const reportCspViolations = () => {
  document.addEventListener('securitypolicyviolation', (event) => {
    console.error(`[csp-violation] ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} in ${event.sourceFile || event.documentURI}:${event.lineNumber}`)
  })
}

/** Pages load nothing from a third party (a CDN script in the admin once did: Monaco from jsdelivr). */
const isThirdParty = (url: string) => {
  if (!/^https?:/.test(url)) return false
  const host = new URL(url).hostname
  return host !== 'localhost' && host !== '127.0.0.1' && host !== '[::1]'
}

const isCspViolation = (text: string) => text.startsWith('[csp-violation]') || /Content Security Policy/i.test(text)

/**
 * One Chromium per test file. Every `newPage` gets a fresh context (no shared
 * cookies) in French; console errors in the page fail the test that opened it.
 * A Content-Security-Policy violation fails the test during which it happened,
 * whether or not the test looks at `errors()` (docs/decisions/023-security-headers.md);
 * so does any request to a host other than this machine.
 */
export const useBrowser = () => {
  const contexts: BrowserContext[] = []
  const pageErrors: string[] = []
  const cspViolations: string[] = []
  const thirdPartyRequests: string[] = []
  let violationsBefore = 0
  let thirdPartyBefore = 0

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS, headless: true })
    await mkdir(SCREENSHOT_DIR, { recursive: true })
  })

  beforeEach(() => {
    violationsBefore = cspViolations.length
    thirdPartyBefore = thirdPartyRequests.length
  })

  afterEach(() => {
    const during = cspViolations.slice(violationsBefore)
    if (during.length > 0) throw new Error(`Content-Security-Policy violations:\n${[...new Set(during)].join('\n')}`)
    const external = thirdPartyRequests.slice(thirdPartyBefore)
    if (external.length > 0) throw new Error(`Requests to third parties:\n${[...new Set(external)].join('\n')}`)
  })

  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()))
    await browser?.close()
  })

  /** `expectCspRefusals`: the test provokes refusals on purpose (an attacker page framing ours) and checks them itself. */
  /** `javaScriptEnabled: false`: a browser without JavaScript (plain forms and links only). */
  /** `stagedHosts`: hosts the test itself answers with `page.route` (an attacker's site), not third parties the page loads. */
  const newPage = async (
    options: { width?: number; locale?: string; expectCspRefusals?: boolean; javaScriptEnabled?: boolean; stagedHosts?: string[] } = {},
  ): Promise<Page> => {
    if (!browser) throw new Error('browser not started')
    const context = await browser.newContext({
      locale: options.locale ?? 'fr-FR',
      timezoneId: 'Europe/Paris',
      viewport: { width: options.width ?? 1280, height: 900 },
      // Each page is its own visitor behind web's proxy (TRUST_PROXY=1 in the test stack): own rate-limit buckets.
      extraHTTPHeaders: behindProxy(),
      javaScriptEnabled: options.javaScriptEnabled ?? true,
    })
    contexts.push(context)
    await context.addInitScript(reportCspViolations)
    const page = await context.newPage()
    page.on('request', (request) => {
      const staged = options.stagedHosts?.includes(new URL(request.url()).hostname) ?? false
      if (!staged && isThirdParty(request.url())) thirdPartyRequests.push(`${request.url()} (page ${page.url()})`)
    })
    // Where and what: a rejected non-Error (an `Event`) has no message worth reading alone.
    page.on('pageerror', (error) => {
      const where = `${error.name}: ${error.message} (page ${page.url()})`
      console.error(`[page error] ${where}\n${error.stack ?? ''}`)
      pageErrors.push(where)
    })
    if (!options.expectCspRefusals) {
      page.on('console', (message) => {
        const text = message.text()
        if (message.type() !== 'error' || !isCspViolation(text)) return
        const where = `${text} (page ${page.url()})`
        cspViolations.push(where)
        pageErrors.push(where)
      })
    }
    return page
  }

  const screenshot = (page: Page, name: string) =>
    page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true })

  /** Errors thrown by page scripts so far (hydration errors included), and CSP violations. */
  const errors = () => [...pageErrors]

  /** CSP violations so far, in every page of this file. */
  const violations = () => [...cspViolations]

  return { newPage, screenshot, errors, violations }
}

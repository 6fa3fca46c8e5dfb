/**
 * `npm run lighthouse` — Lighthouse scores of the landing page (and any other
 * paths given), mobile (Lighthouse's default: Moto G Power, slow 4G, 4× CPU
 * slowdown) and desktop, in Debian's Chromium. Figures to read, not a test.
 *
 *   npm run lighthouse                    builds if needed, starts a fresh seeded stack, measures /
 *   npm run lighthouse -- / /tarifs       several paths
 *   LIGHTHOUSE_URL=http://localhost:3000 npm run lighthouse   measures a stack already running
 *   LIGHTHOUSE_REPORT_DIR=.lighthouse npm run lighthouse      also keeps each full JSON report
 *   LIGHTHOUSE_RUNS=5 npm run lighthouse                       runs per page and form factor (default 3; median printed)
 *
 * Chromium: as `npm test` finds it (CHROMIUM_PATH, /usr/bin/chromium, chrome-launcher's detection), headless, no sandbox.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse, { desktopConfig } from 'lighthouse'
import { ensureBuilt } from './lib/build'
import { DEBIAN_CHROMIUM, findChromium } from './lib/chromium'
import { startFreshDatabase } from './lib/database'
import { loadDotEnv } from './lib/dotenv'
import { repoRoot } from './lib/paths'
import { startIsolatedStack } from './lib/stack'

loadDotEnv()

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
const chromePath = findChromium() || process.env.CHROMIUM_PATH || DEBIAN_CHROMIUM
const paths = process.argv.slice(2).filter((arg) => arg.startsWith('/'))

type Scores = Record<(typeof CATEGORIES)[number], number>

/** Several runs per page and form factor: the machine may be shared, so the median is the figure to read. */
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS) || 3)
const medianOf = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const line = (s: Scores) =>
  `performance ${s.performance}  accessibility ${s.accessibility}  best practices ${s['best-practices']}  SEO ${s.seo}`

const measure = async (url: string, port: number, formFactor: 'mobile' | 'desktop'): Promise<{ scores: Scores; metrics: string }> => {
  const result = await lighthouse(
    url,
    { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
    formFactor === 'desktop' ? desktopConfig : undefined,
  )
  if (!result) throw new Error(`lighthouse returned nothing for ${url}`)
  const reportDir = process.env.LIGHTHOUSE_REPORT_DIR
  if (reportDir) {
    await mkdir(reportDir, { recursive: true })
    const name = `${new URL(url).pathname.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'accueil'}-${formFactor}.json`
    await writeFile(path.join(reportDir, name), JSON.stringify(result.lhr, null, 1))
  }
  const { categories, audits } = result.lhr
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)])) as Scores
  const metric = (id: string) => audits[id]?.displayValue ?? '?'
  const metrics = `FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}`
  const failing = Object.values(audits)
    .filter((audit) => audit.score !== null && audit.score < 1 && result.lhr.categories.accessibility?.auditRefs.some((ref) => ref.id === audit.id))
    .map((audit) => audit.id)
  return { scores, metrics: failing.length ? `${metrics}; accessibility audits not passed: ${failing.join(', ')}` : metrics }
}

const run = async (baseUrl: string) => {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  })
  try {
    for (const pagePath of paths.length ? paths : ['/']) {
      const url = `${baseUrl}${pagePath}`
      // A first, unmeasured load warms the servers (first render after start-up compiles and caches).
      await fetch(url)
      for (const formFactor of ['mobile', 'desktop'] as const) {
        const runs: Scores[] = []
        for (let run = 1; run <= RUNS; run += 1) {
          const { scores, metrics } = await measure(url, chrome.port, formFactor)
          runs.push(scores)
          console.log(`${pagePath.padEnd(12)} ${formFactor.padEnd(8)} run ${run}: ${line(scores)}   (${metrics})`)
        }
        const median = Object.fromEntries(CATEGORIES.map((c) => [c, medianOf(runs.map((r) => r[c]))])) as Scores
        console.log(`${pagePath.padEnd(12)} ${formFactor.padEnd(8)} MEDIAN of ${RUNS}: ${line(median)}`)
      }
    }
  } finally {
    chrome.kill()
  }
}

const given = process.env.LIGHTHOUSE_URL
if (given) {
  await run(given.replace(/\/+$/, ''))
} else {
  const runId = `lighthouse${Date.now().toString(36)}`
  await ensureBuilt()
  const database = await startFreshDatabase(path.join(repoRoot, '.data', 'lighthouse', runId), runId)
  const stack = await startIsolatedStack(database)
  try {
    await run(stack.webUrl)
  } finally {
    await stack.stop()
  }
}
process.exit(0)

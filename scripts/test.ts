/**
 * `npm test`: the whole suite on real parts. A fresh PostgreSQL database for
 * this run (a new database on DATABASE_URL's server when set, else a new
 * embedded cluster), production builds of cms and web served on free ports,
 * then one vitest run: shared (unit), cms (Local API + REST), web (loaders
 * and actions over HTTP) and e2e (Chromium).
 * Before building, it finds Chrome/Chromium or installs Debian's (scripts/lib/chromium.ts) and hands its path
 * to vitest as CHROMIUM_PATH; without one it stops with a sentence saying what to install.
 * Extra arguments go to vitest, e.g. `npm test -- --project cms`.
 */
import { rm } from 'node:fs/promises'
import path from 'node:path'
import { startFreshDatabase, type Database } from './lib/database'
import { ensureBuilt } from './lib/build'
import { ensureChromium, runsE2e } from './lib/chromium'
import { loadDotEnv } from './lib/dotenv'
import { binOf, repoRoot } from './lib/paths'
import { run, stopAll } from './lib/processes'
import { startIsolatedStack, type Stack } from './lib/stack'

loadDotEnv()

const vitestArgs = process.argv.slice(2)
if (runsE2e(vitestArgs)) {
  try {
    // stack.env copies process.env: vitest, so tests/e2e/support/browser.ts, gets this path.
    process.env.CHROMIUM_PATH = ensureChromium()
  } catch (error) {
    console.error(`[atlas] ${(error as Error).message}`)
    process.exit(1)
  }
}

const runId = `${Date.now().toString(36)}${process.pid}`
const runDir = path.join(repoRoot, '.data', 'test', runId)

let stack: Stack | undefined
let database: Database | undefined
let exitCode = 1
try {
  await ensureBuilt()
  database = await startFreshDatabase(runDir, runId)
  process.env.MEDIA_DIR = path.join(runDir, 'media')
  // The servers under test never reach OpenAI: the assistant runs offline there; msw replays OpenAI in-process.
  process.env.OPENAI_API_KEY = ''
  stack = await startIsolatedStack(database)
  exitCode = await run(binOf('vitest'), ['run', ...vitestArgs], {
    cwd: repoRoot,
    env: { ...stack.env, NODE_ENV: 'test', CMS_URL: stack.env.CMS_URL, WEB_URL: stack.webUrl },
  })
} catch (error) {
  console.error(`[atlas] test run failed to start: ${(error as Error).stack ?? error}`)
} finally {
  await stopAll()
  await database?.stop().catch((e) => console.error(`[atlas] database cleanup: ${e}`))
  await rm(runDir, { recursive: true, force: true }).catch(() => {})
}
process.exit(exitCode)

/**
 * `npm start` (production build) and `npm run dev` (hot reload): the whole
 * product on one machine. Uses DATABASE_URL when set, otherwise a
 * project-local PostgreSQL under .data/. Ctrl-C stops everything cleanly.
 */
import path from 'node:path'
import { ensureBuilt } from './lib/build'
import { loadDotEnv } from './lib/dotenv'
import { repoRoot } from './lib/paths'
import { printBanner } from './lib/banner'
import { startStack, type Stack } from './lib/stack'

loadDotEnv()

const dev = process.argv.includes('--dev')
let stack: Stack | undefined
let stopping = false

const shutdown = async (code: number) => {
  if (stopping) return
  stopping = true
  console.log('\n[atlas] stopping…')
  await stack?.stop()
  process.exit(code)
}
process.on('SIGINT', () => void shutdown(0))
process.on('SIGTERM', () => void shutdown(0))

try {
  if (!dev) await ensureBuilt()
  stack = await startStack({
    mode: dev ? 'development' : 'production',
    dataDir: path.join(repoRoot, '.data', 'postgres'),
    databaseName: 'atlas',
    seed: true,
  })
  printBanner(stack)
} catch (error) {
  console.error(`[atlas] could not start: ${error instanceof Error ? error.message : String(error)}`)
  await shutdown(1)
}

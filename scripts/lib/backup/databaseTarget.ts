/**
 * Which database `npm run backup` reads and `npm run restore` writes:
 * --database-url, else DATABASE_URL, else the embedded cluster under
 * .data/postgres, the one `npm start` runs (reached where it runs, or
 * started for the occasion and stopped after).
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { ensureDatabase, runningEmbedded, startEmbedded, type Database } from '../database'
import { repoRoot } from '../paths'

const EMBEDDED_DIR = path.join(repoRoot, '.data', 'postgres')
const EMBEDDED_DATABASE = 'atlas'

const embedded = async (): Promise<Database> =>
  runningEmbedded(EMBEDDED_DIR, EMBEDDED_DATABASE) ?? (await startEmbedded(EMBEDDED_DIR, EMBEDDED_DATABASE))

export const backupSource = async (): Promise<Database> => {
  const url = process.env.DATABASE_URL
  if (url) return { url, embedded: false, stop: async () => {} }
  if (!existsSync(path.join(EMBEDDED_DIR, 'PG_VERSION'))) {
    throw new Error(`nothing to back up: DATABASE_URL is unset and there is no embedded database in ${EMBEDDED_DIR} (npm start makes one)`)
  }
  return embedded()
}

/** The target, created when missing (on a server, or a new embedded cluster). */
export const restoreTarget = async (explicitUrl: string | undefined): Promise<Database> => {
  const url = explicitUrl || process.env.DATABASE_URL
  if (!url) return embedded()
  await ensureDatabase(url, decodeURIComponent(new URL(url).pathname.slice(1)) || EMBEDDED_DATABASE)
  return { url, embedded: false, stop: async () => {} }
}

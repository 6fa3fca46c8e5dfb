/**
 * Course announcement benchmark: N investors, one newly published course.
 * Baseline: what a straightforward version does — notify() once per
 * investor (a Payload create each). Measured: the announceCourse job
 * (one INSERT … SELECT for the in-app rows, then the few who want a mail).
 * Same run, same database; prints both times and the ratio. Not a pass/fail.
 */
import { rm } from 'node:fs/promises'
import path from 'node:path'
import pg from 'pg'
import { startFreshDatabase } from '../lib/database'
import { binOf, repoRoot } from '../lib/paths'
import { runOrThrow } from '../lib/processes'
import { localSecrets } from '../lib/secrets'

const INVESTORS = Number(process.env.BENCH_INVESTORS || 1000)

export const benchAnnounce = async () => {
  const runId = `bench${Date.now().toString(36)}`
  const runDir = path.join(repoRoot, '.data', 'bench', runId)
  const database = await startFreshDatabase(runDir, runId)
  try {
    process.env.DATABASE_URL = database.url
    await runOrThrow(binOf('tsx'), ['src/bin/prepare.ts', '--no-seed'], { cwd: path.join(repoRoot, 'cms'), env: { ...process.env } })
    const sql = new pg.Client({ connectionString: database.url })
    sql.on('error', () => {}) // the database is dropped at the end, under the open connection
    await sql.connect()
    await sql.query(
      `INSERT INTO users (email, name, role, locale, updated_at, created_at)
       SELECT 'bench-' || g || '@bench.atlas', 'Investisseur ' || g, 'investor', (CASE WHEN g % 5 = 0 THEN 'en' ELSE 'fr' END)::enum_users_locale, now(), now()
         FROM generate_series(1, $1) g`,
      [INVESTORS],
    )
    // A few want new courses by mail too (the default is portal only).
    await sql.query(`UPDATE users SET notification_preferences_course_published_email = true WHERE id % 50 = 0`)

    await sql.end()
    // Payload boots from source in the cms workspace (its tsconfig), as the cms's own scripts do.
    await runOrThrow(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'scripts/bench/lib/announceRun.ts')], {
      cwd: path.join(repoRoot, 'cms'),
      env: { ...process.env, ...localSecrets(), DATABASE_URL: database.url, NODE_ENV: 'production', ATLAS_DEMO: '1' },
    })
  } finally {
    await database.stop().catch(() => {})
    await rm(runDir, { recursive: true, force: true }).catch(() => {})
  }
}

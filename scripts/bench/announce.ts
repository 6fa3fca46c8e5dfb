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

    const { getPayload, createLocalReq } = await import('payload')
    const { default: config } = await import('../../cms/src/payload.config')
    const { notify } = await import('../../cms/src/notifications/notify')
    const { announceCourseTask } = await import('../../cms/src/jobs/announceCourse')
    const payload = await getPayload({ config })
    const course = async (slug: string) =>
      payload.create({ collection: 'courses', overrideAccess: true, data: { title: `Cours ${slug}`, slug, _status: 'published' } as never })
    const count = async (id: number | string) =>
      Number((await sql.query(`SELECT count(*) FROM notifications WHERE link = $1`, [`/formation/${id}`])).rows[0].count)

    // Baseline: one notify() per investor, paged by id.
    await course('naif')
    const t0 = performance.now()
    let after = 0
    for (;;) {
      const page = await payload.find({ collection: 'users', where: { and: [{ role: { equals: 'investor' } }, { id: { greater_than: after } }] }, sort: 'id', limit: 200, depth: 0, overrideAccess: true, pagination: false })
      for (const user of page.docs) {
        await notify(payload, { user: user.id as number, event: 'coursePublished', title: 'Nouvelle formation', link: '/formation/naif' })
      }
      if (page.docs.length < 200) break
      after = Number(page.docs.at(-1)!.id)
    }
    const baselineMs = performance.now() - t0

    const measured = await course('job')
    const req = await createLocalReq({}, payload)
    const t1 = performance.now()
    const handler = announceCourseTask.handler as (args: unknown) => Promise<{ output: { notified: number; mailed: number } }>
    const { output } = await handler({ input: { course: measured.id }, req, job: {}, inlineTask: undefined, tasks: {} })
    const jobMs = performance.now() - t1

    console.log(`[bench] course announcement to ${INVESTORS} investors`)
    console.log(`  baseline, notify() per investor   ${baselineMs.toFixed(0).padStart(7)} ms  (${await count('naif')} notifications)`)
    console.log(`  announceCourse job                ${jobMs.toFixed(0).padStart(7)} ms  (${output.notified} notifications, ${output.mailed} mails queued)`)
    console.log(`  ratio job / baseline              ${(jobMs / baselineMs).toFixed(3)}`)
    await sql.end()
    await payload.destroy()
  } finally {
    await database.stop().catch(() => {})
    await rm(runDir, { recursive: true, force: true }).catch(() => {})
  }
}

/**
 * The measured part of scripts/bench/announce.ts, in a process of its own
 * (cwd cms, DATABASE_URL of the benchmark's database, investors inserted).
 */
import pg from 'pg'
import { createLocalReq, getPayload } from 'payload'

const sql = new pg.Client({ connectionString: process.env.DATABASE_URL })
await sql.connect()
const { default: config } = await import('../../../cms/src/payload.config')
const { notify } = await import('../../../cms/src/notifications/notify')
const { announceCourseTask } = await import('../../../cms/src/jobs/announceCourse')
const payload = await getPayload({ config })
const investors = Number((await sql.query(`SELECT count(*) FROM users WHERE role = 'investor'`)).rows[0].count)
const course = async (slug: string) =>
  payload.create({ collection: 'courses', overrideAccess: true, data: { title: `Cours ${slug}`, slug, _status: 'published' } as never })
const count = async (slug: string) =>
  Number((await sql.query(`SELECT count(*) FROM notifications WHERE link = $1`, [`/formation/${slug}`])).rows[0].count)

// Baseline: one notify() per investor, paged by id.
await course('naif')
const t0 = performance.now()
let after = 0
for (;;) {
  const page = await payload.find({
    collection: 'users',
    where: { and: [{ role: { equals: 'investor' } }, { id: { greater_than: after } }] },
    sort: 'id',
    limit: 200,
    depth: 0,
    overrideAccess: true,
    pagination: false,
  })
  for (const user of page.docs) {
    await notify(payload, { user: user.id as number, event: 'coursePublished', title: 'Nouvelle formation', link: '/formation/naif' })
  }
  if (page.docs.length < 200) break
  after = Number(page.docs.at(-1)!.id)
}
const baselineMs = performance.now() - t0

const measured = await course('job')
const req = await createLocalReq({}, payload)
const handler = announceCourseTask.handler as (args: unknown) => Promise<{ output: { notified: number; mailed: number } }>
const t1 = performance.now()
const { output } = await handler({ input: { course: measured.id }, req, job: {}, inlineTask: undefined, tasks: {} })
const jobMs = performance.now() - t1

console.log(`[bench] course announcement to ${investors} investors`)
console.log(`  baseline, notify() per investor   ${baselineMs.toFixed(0).padStart(7)} ms  (${await count('naif')} notifications)`)
console.log(`  announceCourse job                ${jobMs.toFixed(0).padStart(7)} ms  (${output.notified} notifications, ${output.mailed} mails queued)`)
console.log(`  ratio job / baseline              ${(jobMs / baselineMs).toFixed(3)}`)
await sql.end()
await payload.destroy()
process.exit(0)

/**
 * A cms process of its own for emailRestart.test.ts: the same config and
 * database as the servers under test, SendGrid configured and answered by
 * the stand-in (mocks/sendgrid.ts), every request written to a journal.
 *
 *   MODE=queue COUNT=n     queue n mails, run them once while SendGrid is down (503), then die (SIGKILL)
 *   MODE=crashAfterAccept  queue one mail, run it; SendGrid accepts it and the process dies before recording it
 *   MODE=run JOBS=1,2,3    run those mail jobs until none is left to run, then exit
 *
 * Prints one JSON line (`{"emails":[…],"jobs":[…]}`) for the modes that queue.
 */
import { setupServer } from 'msw/node'
import { getPayload } from 'payload'
import { sendgrid } from '../../mocks/sendgrid'

/*
 * Hold the event loop open for the life of the runner. Under heavy load one
 * of two runners started together once exited with code 13 ("unsettled
 * top-level await"): a Payload or pg wait was left with only unref'd timers,
 * so Node had nothing keeping it alive and quit mid-await. This timer keeps
 * it alive, and bounds it: a runner still here after 5 minutes gives up
 * (the test then fails on its exit code rather than hanging).
 */
setTimeout(() => {
  console.error('[emailRunner] still running after 5 minutes: giving up')
  process.exit(2)
}, 300_000)

const mode = process.env.MODE
const journal = process.env.JOURNAL!
const die = () => process.kill(process.pid, 'SIGKILL')

const vendor = sendgrid({ journal, onAccepted: mode === 'crashAfterAccept' ? die : undefined })
if (mode === 'queue') vendor.failWith(503, 'Service Unavailable')
setupServer(...vendor.handlers).listen({ onUnhandledRequest: 'bypass' })

const { default: config } = await import('../src/payload.config')
const { queueEmail } = await import('../src/email/queueEmail')
const payload = await getPayload({ config })

const runJobs = (ids: (number | string)[]) =>
  payload.jobs.run({ queue: 'email', where: { id: { in: ids } }, silent: true })

if (mode === 'queue' || mode === 'crashAfterAccept') {
  const count = Number(process.env.COUNT ?? 1)
  const emails: number[] = []
  const jobs: (number | string)[] = []
  for (let i = 0; i < count; i += 1) {
    const mail = await queueEmail(payload, {
      to: `restart-${process.pid}-${i}@test.atlas`,
      subject: `Mail ${i}`,
      html: `<p>Mail ${i}</p>`,
      text: `Mail ${i}`,
    })
    const job = await payload.find({
      collection: 'payload-jobs',
      where: { 'input.email': { equals: mail.id } },
      overrideAccess: true,
      limit: 1,
    })
    emails.push(mail.id)
    jobs.push(job.docs[0]!.id)
  }
  console.log(JSON.stringify({ emails, jobs }))
  await runJobs(jobs)
  die()
} else if (mode === 'run') {
  const ids = process.env.JOBS!.split(',').map(Number)
  for (let round = 0; round < 5; round += 1) {
    const result = await runJobs(ids)
    if (result.noJobsRemaining) break
  }
  await payload.destroy()
  process.exit(0)
}

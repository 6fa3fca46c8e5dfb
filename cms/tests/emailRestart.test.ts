import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { SendGridRequest } from '../../mocks/sendgrid'
import { testPayload } from '../../tests/support/payload'

/**
 * Mails outlive the process that queued them: cms processes of their own
 * (emailRunner.ts, SendGrid configured, answered by the stand-in) queue,
 * die, and deliver, against the database of the servers under test. Each
 * process writes every SendGrid request to one journal, so the test counts
 * what all of them sent.
 */
/** Each process boots Payload from source (tsx): tens of seconds on a busy machine. */
const RUNNERS_TIMEOUT_MS = 400_000

const runner = (env: Record<string, string>) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'emailRunner.ts')], {
      cwd: path.join(import.meta.dirname, '..'),
      env: { ...process.env, SENDGRID_API_KEY: 'SG.restart-key', SENDGRID_TIMEOUT_MS: '2000', NODE_ENV: 'test', ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let stdout = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.on('error', reject)
    child.on('exit', (code, signal) => resolve({ code, signal, stdout }))
  })

const journalOf = (file: string): SendGridRequest[] =>
  existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line)) : []

const queuedBy = (stdout: string) => JSON.parse(stdout.trim().split('\n').at(-1)!) as { emails: number[]; jobs: number[] }

/** Time passes for these jobs and rows, as it would have while the cms was down. */
const timePasses = async (jobs: number[], emails: number[], ms: number) => {
  const payload = await testPayload()
  const pool = (payload.db as unknown as { pool: import('pg').Pool }).pool
  await pool.query(
    `UPDATE payload_jobs SET wait_until = now() - interval '1 second', updated_at = updated_at - make_interval(secs => $2) WHERE id = ANY($1)`,
    [jobs, ms / 1000],
  )
  await pool.query(`UPDATE emails SET attempt_started_at = attempt_started_at - make_interval(secs => $2) WHERE id = ANY($1)`, [emails, ms / 1000])
}

describe('a queued mail and a restart of the cms', () => {
  it('survives the process that queued it and is sent once SendGrid answers, exactly once per mail', async () => {
    const journal = path.join(mkdtempSync(path.join(tmpdir(), 'atlas-mail-')), 'sendgrid.jsonl')
    const first = await runner({ MODE: 'queue', COUNT: '3', JOURNAL: journal })
    expect(first.signal, 'the first process died').toBe('SIGKILL')
    const { emails, jobs } = queuedBy(first.stdout)
    expect(journalOf(journal).map((r) => r.answered)).toEqual([503, 503, 503])

    const payload = await testPayload()
    for (const id of emails) {
      const row = await payload.findByID({ collection: 'emails', id, overrideAccess: true })
      expect(row.status).toBe('queued')
      expect(row.lastError).toContain('SendGrid 503')
    }

    await timePasses(jobs, emails, 60_000)
    // Two fresh processes, both running the queue at the same time.
    const [a, b] = await Promise.all([
      runner({ MODE: 'run', JOBS: jobs.join(','), JOURNAL: journal }),
      runner({ MODE: 'run', JOBS: jobs.join(','), JOURNAL: journal }),
    ])
    expect([a.code, b.code]).toEqual([0, 0])

    const accepted = journalOf(journal).filter((r) => r.answered === 202)
    expect(accepted).toHaveLength(3)
    const ids = await Promise.all(emails.map(async (id) => (await payload.findByID({ collection: 'emails', id, overrideAccess: true })).messageId))
    expect(accepted.map((r) => r.mail.custom_args!.atlas_message_id).sort()).toEqual([...ids].sort())
    for (const id of emails) {
      expect((await payload.findByID({ collection: 'emails', id, overrideAccess: true })).status).toBe('sent')
    }
  }, RUNNERS_TIMEOUT_MS)

  it('after a crash between SendGrid’s accept and our record, waits out the attempt, then sends again with the same message id (at-least-once)', async () => {
    const journal = path.join(mkdtempSync(path.join(tmpdir(), 'atlas-mail-')), 'sendgrid.jsonl')
    const crashed = await runner({ MODE: 'crashAfterAccept', JOURNAL: journal })
    expect(crashed.signal).toBe('SIGKILL')
    const { emails, jobs } = queuedBy(crashed.stdout)
    const payload = await testPayload()
    expect((await payload.findByID({ collection: 'emails', id: emails[0]!, overrideAccess: true })).status).toBe('sending')

    // Restarted at once: the attempt is recent, so nothing is sent twice yet.
    expect((await runner({ MODE: 'run', JOBS: jobs.join(','), JOURNAL: journal })).code).toBe(0)
    expect(journalOf(journal).filter((r) => r.answered === 202)).toHaveLength(1)

    // Once the attempt is older than any send can take, the mail is given another go.
    await timePasses(jobs, emails, 3 * 60_000)
    expect((await runner({ MODE: 'run', JOBS: jobs.join(','), JOURNAL: journal })).code).toBe(0)
    const accepted = journalOf(journal).filter((r) => r.answered === 202)
    expect(accepted).toHaveLength(2)
    const row = await payload.findByID({ collection: 'emails', id: emails[0]!, overrideAccess: true })
    expect(row.status).toBe('sent')
    expect(row.attempts).toBe(2)
    expect(accepted.map((r) => r.mail.custom_args!.atlas_message_id)).toEqual([row.messageId, row.messageId])
  }, RUNNERS_TIMEOUT_MS)
})

import { setupServer } from 'msw/node'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Payload } from 'payload'
import { sendgrid } from '../../mocks/sendgrid'
import { createAccount, uniqueEmail } from '../../tests/support/accounts'
import { testPayload } from '../../tests/support/payload'
import { rest } from '../../tests/support/rest'

/*
 * This file's Payload instance has SendGrid configured (the servers under
 * test run offline): mails it queues are delivered by the sendEmail job,
 * run here against the SendGrid stand-in.
 */
vi.hoisted(() => {
  process.env.SENDGRID_API_KEY = 'SG.test-key'
  process.env.SENDGRID_TIMEOUT_MS = '300'
})

const { queueEmail } = await import('../src/email/queueEmail')
const { MAX_SEND_ATTEMPTS } = await import('../src/jobs/sendEmail')

const vendor = sendgrid()
const server = setupServer(...vendor.handlers)
beforeAll(() => server.listen({ onUnhandledRequest: 'bypass' }))
afterAll(() => server.close())
beforeEach(() => vendor.recover())

const jobOf = async (payload: Payload, emailId: number) => {
  const found = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: 'sendEmail' } }, { 'input.email': { equals: emailId } }] },
    overrideAccess: true,
    limit: 2,
  })
  expect(found.docs).toHaveLength(1)
  return found.docs[0]!
}

/** One run of the email queue, limited to this mail's job (other files' mails are not ours to send). */
const runJob = async (payload: Payload, jobId: number | string) =>
  payload.jobs.run({ queue: 'email', where: { id: { equals: jobId } }, silent: true })

/** Time passes: the job's backoff is over. */
const backoffElapsed = async (payload: Payload, jobId: number | string) =>
  payload.update({ collection: 'payload-jobs', id: jobId, data: { waitUntil: new Date(Date.now() - 1000).toISOString() }, overrideAccess: true })

const stored = async (payload: Payload, id: number) => payload.findByID({ collection: 'emails', id, overrideAccess: true })

const queueOne = async (payload: Payload, subject = 'Votre questionnaire est validé') => {
  const to = uniqueEmail('mail')
  const mail = await queueEmail(payload, { to, subject, html: '<p>Bonjour</p>', text: 'Bonjour' })
  return { mail, to, job: await jobOf(payload, mail.id) }
}

const requestsFor = (to: string) => vendor.requests.filter((r) => r.mail.personalizations[0]!.to[0]!.email === to)

describe('the mail queue with SendGrid', () => {
  it('queues a mail as an outbox row and a job, sending nothing during the request', async () => {
    const payload = await testPayload()
    const { mail, to, job } = await queueOne(payload)
    expect(mail.status).toBe('queued')
    expect(mail.messageId).toMatch(/^[0-9a-f-]{36}$/)
    expect(job.queue).toBe('email')
    expect(requestsFor(to)).toHaveLength(0)
  })

  it('retries a 5xx with exponential backoff, then sends the mail once', async () => {
    const payload = await testPayload()
    const { mail, to, job } = await queueOne(payload)
    vendor.answerNext({ status: 503, message: 'Service Unavailable' }, { status: 502, message: 'Bad Gateway' })

    const first = Date.now()
    await runJob(payload, job.id)
    let row = await stored(payload, mail.id)
    expect(row.status).toBe('queued')
    expect(row.attempts).toBe(1)
    expect(row.lastError).toContain('SendGrid 503')
    let waitUntil = new Date((await payload.findByID({ collection: 'payload-jobs', id: job.id, overrideAccess: true })).waitUntil!).getTime()
    expect(waitUntil - first).toBeGreaterThanOrEqual(29_000)
    expect(waitUntil - first).toBeLessThan(40_000)

    // Before the backoff is over, a run does not touch it.
    await runJob(payload, job.id)
    expect(requestsFor(to)).toHaveLength(1)

    await backoffElapsed(payload, job.id)
    const second = Date.now()
    await runJob(payload, job.id)
    row = await stored(payload, mail.id)
    expect(row.lastError).toContain('SendGrid 502')
    waitUntil = new Date((await payload.findByID({ collection: 'payload-jobs', id: job.id, overrideAccess: true })).waitUntil!).getTime()
    expect(waitUntil - second, 'the second wait is twice the first').toBeGreaterThanOrEqual(59_000)
    expect(waitUntil - second).toBeLessThan(70_000)

    await backoffElapsed(payload, job.id)
    await runJob(payload, job.id)
    row = await stored(payload, mail.id)
    expect(row.status).toBe('sent')
    expect(row.attempts).toBe(3)
    expect(row.sentAt).toBeTruthy()
    expect(row.providerMessageId).toMatch(/^msg-/)
    expect(row.lastError).toBeFalsy()
    expect(requestsFor(to).map((r) => r.answered)).toEqual([503, 502, 202])
    expect(new Set(requestsFor(to).map((r) => r.mail.custom_args?.atlas_message_id))).toEqual(new Set([mail.messageId]))

    const done = await payload.findByID({ collection: 'payload-jobs', id: job.id, overrideAccess: true, disableErrors: true })
    expect(done === null || Boolean(done.completedAt), 'the job is finished').toBe(true)
    await runJob(payload, job.id)
    expect(requestsFor(to)).toHaveLength(3)
  })

  it('records a 4xx as failed with SendGrid’s reason, without retrying; admins read the reason', async () => {
    const payload = await testPayload()
    const { mail, to, job } = await queueOne(payload)
    vendor.answerNext({ status: 400, message: 'The from address does not match a verified Sender Identity' })
    await runJob(payload, job.id)
    const row = await stored(payload, mail.id)
    expect(row.status).toBe('failed')
    expect(row.lastError).toBe('SendGrid 400: The from address does not match a verified Sender Identity')

    const after = await payload.findByID({ collection: 'payload-jobs', id: job.id, overrideAccess: true, disableErrors: true })
    expect(after === null || Boolean(after.completedAt)).toBe(true)
    await backoffElapsed(payload, job.id).catch(() => undefined)
    await runJob(payload, job.id)
    expect(requestsFor(to)).toHaveLength(1)

    const admin = await createAccount('admin')
    const { status, body } = await rest('GET', `/emails/${mail.id}`, { token: admin.token })
    expect(status).toBe(200)
    expect(body.lastError).toContain('verified Sender Identity')
    const investor = await createAccount('investor')
    expect((await rest('GET', `/emails/${mail.id}`, { token: investor.token })).status).toBeGreaterThanOrEqual(403)
  })

  it('retries a timeout', async () => {
    const payload = await testPayload()
    const { mail, to, job } = await queueOne(payload)
    vendor.answerNext({ hangMs: 2_000 })
    await runJob(payload, job.id)
    let row = await stored(payload, mail.id)
    expect(row.status).toBe('queued')
    expect(row.lastError).toMatch(/SendGrid unreachable: .*timeout/i)
    await backoffElapsed(payload, job.id)
    await runJob(payload, job.id)
    row = await stored(payload, mail.id)
    expect(row.status).toBe('sent')
    expect(requestsFor(to).map((r) => r.answered)).toEqual(['timeout', 202])
  })

  it(`gives up after ${MAX_SEND_ATTEMPTS} attempts of passing failures, saying why`, async () => {
    const payload = await testPayload()
    const { mail, job } = await queueOne(payload)
    // The earlier attempts happened (as if the job had been retried that often).
    await payload.update({ collection: 'emails', id: mail.id, data: { attempts: MAX_SEND_ATTEMPTS - 1 }, overrideAccess: true })
    vendor.answerNext({ status: 500, message: 'Internal Server Error' })
    await runJob(payload, job.id)
    const row = await stored(payload, mail.id)
    expect(row.status).toBe('failed')
    expect(row.lastError).toBe(`SendGrid 500: Internal Server Error (gave up after ${MAX_SEND_ATTEMPTS} attempts)`)
  })

  it('refuses to send one mail twice when two runners take its job at once', async () => {
    const payload = await testPayload()
    const { mail, to, job } = await queueOne(payload)
    // Payload's own pick-up is find-then-update: both runs may take the job (and Payload may trip over the other's
    // bookkeeping). What matters is the mail: the outbox row is claimed by one of them only.
    await Promise.allSettled([runJob(payload, job.id), runJob(payload, job.id), runJob(payload, job.id)])
    await backoffElapsed(payload, job.id).catch(() => undefined)
    await runJob(payload, job.id)
    expect(requestsFor(to).filter((r) => r.answered === 202)).toHaveLength(1)
    expect((await stored(payload, mail.id)).status).toBe('sent')
  })

  it('sends Payload’s own forgot-password mail through the queue, with a text body', async () => {
    const payload = await testPayload()
    const investor = await createAccount('investor', { locale: 'en' })
    await payload.forgotPassword({ collection: 'users', data: { email: investor.email }, disableEmail: false })
    const mail = (
      await payload.find({ collection: 'emails', where: { to: { equals: investor.email } }, sort: '-createdAt', limit: 1, overrideAccess: true })
    ).docs[0]!
    expect(mail.subject).toBe('Choose a new Atlas password')
    expect(mail.status).toBe('queued')
    await runJob(payload, (await jobOf(payload, mail.id)).id)
    const sent = requestsFor(investor.email).at(-1)!
    expect(sent.answered).toBe(202)
    const text = sent.mail.content.find((c) => c.type === 'text/plain')!.value
    expect(text).toMatch(/Choose a new password : http.*\/reinitialiser-mot-de-passe\?token=\w+/)
    expect(sent.mail.content.find((c) => c.type === 'text/html')!.value).toContain('reinitialiser-mot-de-passe?token=')
  })
})

import type { Payload, TaskConfig } from 'payload'
import { env } from '../env'
import { sendThroughSendGrid, type SendOutcome } from '../email/sendgrid'
import { claimEmail } from './claimEmail'

/** Retries after the first try: 30 s, 1, 2, 4, 8 min (Payload's exponential backoff: 2^n × delay). */
export const SEND_EMAIL_RETRIES = { attempts: 5, backoff: { type: 'exponential' as const, delay: 30_000 } }
/** The first try and its retries: at the last one a passing failure becomes final. */
export const MAX_SEND_ATTEMPTS = SEND_EMAIL_RETRIES.attempts + 1

const record = (payload: Payload, id: number, data: Record<string, unknown>) =>
  payload.update({ collection: 'emails', id, data, overrideAccess: true, depth: 0 })

/**
 * Delivers one outbox row through SendGrid. Accepted → `sent`. Refused
 * (4xx) → `failed` with SendGrid's reason, no retry. 5xx, 429, timeout,
 * network → the row goes back to `queued` with the reason and the task
 * throws, so Payload retries it with backoff; after MAX_SEND_ATTEMPTS it is
 * `failed`. Status writes are their own transactions: a retry's reason
 * survives the task's failure.
 */
export const sendEmailTask: TaskConfig<{ input: { email: number }; output: { outcome: string } }> = {
  slug: 'sendEmail',
  label: 'Send an e-mail',
  inputSchema: [{ name: 'email', type: 'number', required: true }],
  outputSchema: [{ name: 'outcome', type: 'text' }],
  retries: SEND_EMAIL_RETRIES,
  handler: async ({ input, req }) => {
    const { payload } = req
    const mail = await claimEmail(payload, input.email)
    if (!mail) {
      const row = await payload.findByID({ collection: 'emails', id: input.email, depth: 0, overrideAccess: true, disableErrors: true, select: { status: true } })
      // Another runner holds it (or died holding it, not long ago): look again later rather than drop it.
      if (row?.status === 'sending' || row?.status === 'queued') throw new Error(`mail ${input.email} is being sent by another runner`)
      return { output: { outcome: 'skipped' } }
    }
    let outcome: SendOutcome
    if (!env.sendgridApiKey) {
      outcome = { kind: 'transient', status: null, reason: 'SENDGRID_API_KEY is not set on this server' }
    } else {
      outcome = await sendThroughSendGrid(
        { apiKey: env.sendgridApiKey, fromAddress: env.emailFrom, fromName: env.emailFromName, timeoutMs: env.sendgridTimeoutMs },
        { to: mail.to.split(',').map((a) => a.trim()).filter(Boolean), subject: mail.subject, html: mail.html, text: mail.text, messageId: mail.messageId },
      )
    }
    if (outcome.kind === 'accepted') {
      await record(payload, mail.id, { status: 'sent', sentAt: new Date().toISOString(), providerMessageId: outcome.providerMessageId, lastError: null })
      return { output: { outcome: 'sent' } }
    }
    if (outcome.kind === 'refused') {
      await record(payload, mail.id, { status: 'failed', lastError: outcome.reason })
      return { output: { outcome: 'failed' } }
    }
    if (mail.attempts >= MAX_SEND_ATTEMPTS) {
      await record(payload, mail.id, { status: 'failed', lastError: `${outcome.reason} (gave up after ${mail.attempts} attempts)` })
      return { output: { outcome: 'failed' } }
    }
    await record(payload, mail.id, { status: 'queued', lastError: outcome.reason })
    throw new Error(outcome.reason)
  },
}

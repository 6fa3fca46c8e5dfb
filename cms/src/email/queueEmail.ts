import { randomUUID } from 'node:crypto'
import type { Payload, PayloadRequest } from 'payload'
import type { Email } from '@atlas/shared/payload-types'
import { env } from '../env'
import { EMAIL_QUEUE } from '../jobs/queues'
import { firmFooter } from './firmFooter'
import type { MailContent } from './templates'

export type MailToQueue = MailContent & { to: string; dedupeKey?: string }

/**
 * The one way a mail leaves Atlas. It becomes a row of the outbox
 * (`emails`); with SendGrid configured the row is `queued` and a sendEmail
 * job (Postgres, retried with backoff) delivers it; without SendGrid it is
 * `stored` and stays readable by admins. Given `req`, the row and the job
 * belong to the request's transaction: a change that rolls back sends
 * nothing. With a `dedupeKey` already used, nothing new is queued. Every
 * mail ends with the firm's name, address and ORIAS number (firmFooter.ts).
 */
export const queueEmail = async (payload: Payload, mail: MailToQueue, req?: PayloadRequest): Promise<Email> => {
  if (mail.dedupeKey) {
    const existing = await payload.find({
      collection: 'emails',
      where: { dedupeKey: { equals: mail.dedupeKey } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (existing.docs[0]) return existing.docs[0] as Email
  }
  const viaProvider = Boolean(env.sendgridApiKey)
  const footer = await firmFooter(payload, req)
  const doc = (await payload.create({
    collection: 'emails',
    overrideAccess: true,
    req,
    data: {
      to: mail.to,
      subject: mail.subject,
      html: mail.html + footer.html,
      text: mail.text + footer.text,
      status: viaProvider ? 'queued' : 'stored',
      messageId: randomUUID(),
      attempts: 0,
      dedupeKey: mail.dedupeKey,
    },
  })) as Email
  if (viaProvider) {
    await payload.jobs.queue({ task: 'sendEmail', input: { email: doc.id }, queue: EMAIL_QUEUE, req })
  } else if (process.env.NODE_ENV !== 'production' && process.env.NODE_ENV !== 'test') {
    payload.logger.info(`[outbox] mail to ${mail.to}: ${mail.subject}\n${mail.text}`)
  }
  return doc
}

import type { EmailAdapter } from 'payload'
import { env } from '../env'
import { addressesOf } from './addresses'
import { queueEmail } from './queueEmail'
import { textFromHtml } from './textFromHtml'

/**
 * Payload's mail transport (its own forgot-password and verification mails,
 * and `payload.sendEmail`): every message goes through queueEmail, so it is
 * kept in the outbox and, with SendGrid, delivered by the retried job.
 */
export const mailAdapter: EmailAdapter = ({ payload }) => ({
  name: env.sendgridApiKey ? 'sendgrid-queue' : 'outbox',
  defaultFromAddress: env.emailFrom,
  defaultFromName: env.emailFromName,
  sendEmail: async (message) => {
    const html = typeof message.html === 'string' ? message.html : ''
    const doc = await queueEmail(payload, {
      to: addressesOf(message.to).join(', '),
      subject: String(message.subject ?? ''),
      html,
      text: typeof message.text === 'string' ? message.text : textFromHtml(html),
    })
    return { id: doc.id }
  },
})

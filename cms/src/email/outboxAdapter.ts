import type { EmailAdapter } from 'payload'
import { env } from '../env'
import { addressesOf } from './addresses'

/**
 * The default mail transport when no provider is configured: every message
 * is stored in the `emails` collection (the outbox), readable by admins.
 * Nothing leaves the machine. The SendGrid adapter replaces it when
 * SENDGRID_API_KEY is set.
 */
export const outboxAdapter: EmailAdapter = ({ payload }) => ({
  name: 'outbox',
  defaultFromAddress: env.emailFrom,
  defaultFromName: env.emailFromName,
  sendEmail: async (message) => {
    const doc = await payload.create({
      collection: 'emails',
      overrideAccess: true,
      data: {
        to: addressesOf(message.to).join(', '),
        subject: String(message.subject ?? ''),
        html: typeof message.html === 'string' ? message.html : '',
        text: typeof message.text === 'string' ? message.text : '',
        status: 'stored',
      },
    })
    if (process.env.NODE_ENV !== 'production' && process.env.NODE_ENV !== 'test') {
      payload.logger.info(`[outbox] mail to ${addressesOf(message.to).join(', ')}: ${message.subject}`)
    }
    return { id: doc.id }
  },
})

import sgMail from '@sendgrid/mail'
import { APIError, type EmailAdapter } from 'payload'
import { addressesOf } from './addresses'

type SendGridFailure = { code?: number; response?: { body?: { errors?: { message?: string }[] } } }

/**
 * Mail through SendGrid (the only file that knows its SDK). Chosen in
 * payload.config.ts when SENDGRID_API_KEY is set; otherwise the outbox
 * adapter keeps mails in the database.
 */
export const sendgridAdapter =
  (options: { apiKey: string; fromAddress: string; fromName: string }): EmailAdapter =>
  () => {
    sgMail.setApiKey(options.apiKey)
    return {
      name: 'sendgrid',
      defaultFromAddress: options.fromAddress,
      defaultFromName: options.fromName,
      sendEmail: async (message) => {
        const from =
          typeof message.from === 'object' && message.from
            ? { email: message.from.address, name: message.from.name }
            : { email: message.from ?? options.fromAddress, name: options.fromName }
        try {
          const [response] = await sgMail.send({
            to: addressesOf(message.to),
            from,
            subject: String(message.subject ?? ''),
            html: typeof message.html === 'string' ? message.html : undefined,
            text: typeof message.text === 'string' ? message.text : ' ',
          })
          return { id: response.headers['x-message-id'] as string | undefined }
        } catch (error) {
          const failure = error as SendGridFailure
          const reason = failure.response?.body?.errors?.map((e) => e.message).join('; ') || String(error)
          throw new APIError(`SendGrid refused the mail: ${reason}`, failure.code ?? 502)
        }
      },
    }
  }

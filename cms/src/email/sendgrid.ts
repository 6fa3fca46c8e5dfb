import sgMail from '@sendgrid/mail'

/** One mail as SendGrid gets it; `messageId` is Atlas's own id for it, stable across retries. */
export type OutgoingMail = { to: string[]; subject: string; html: string; text: string; messageId: string }

/**
 * What became of one attempt: accepted (202), refused for good (a 4xx other
 * than 408/429: retrying would fail the same way), or failed in a way worth
 * retrying (5xx, 408, 429, timeout, network).
 */
export type SendOutcome =
  | { kind: 'accepted'; providerMessageId: string | null }
  | { kind: 'refused'; status: number; reason: string }
  | { kind: 'transient'; status: number | null; reason: string }

type SendGridFailure = {
  code?: number
  message?: string
  response?: { body?: { errors?: { message?: string }[] } }
}

const RETRYABLE_4XX = new Set([408, 429])

/**
 * The only file that knows SendGrid's SDK. The mail carries our message id
 * in `custom_args.atlas_message_id`, so SendGrid's activity feed and event
 * webhook name each mail the way our outbox does (how a duplicate after a
 * crash would be recognised: docs/decisions/012-email-queue.md).
 */
export const sendThroughSendGrid = async (
  settings: { apiKey: string; fromAddress: string; fromName: string; timeoutMs: number },
  mail: OutgoingMail,
): Promise<SendOutcome> => {
  sgMail.setApiKey(settings.apiKey)
  sgMail.setTimeout(settings.timeoutMs)
  try {
    const [response] = await sgMail.send({
      to: mail.to,
      from: { email: settings.fromAddress, name: settings.fromName },
      subject: mail.subject,
      html: mail.html || undefined,
      text: mail.text || ' ',
      customArgs: { atlas_message_id: mail.messageId },
    })
    const id = response.headers['x-message-id']
    return { kind: 'accepted', providerMessageId: typeof id === 'string' ? id : null }
  } catch (error) {
    const failure = error as SendGridFailure
    const reasons = failure.response?.body?.errors?.map((e) => e.message).filter(Boolean).join('; ')
    const status = typeof failure.code === 'number' && failure.code >= 400 ? failure.code : null
    const reason = `${status ? `SendGrid ${status}` : 'SendGrid unreachable'}: ${reasons || failure.message || String(error)}`
    if (status !== null && status < 500 && !RETRYABLE_4XX.has(status)) return { kind: 'refused', status, reason }
    return { kind: 'transient', status, reason }
  }
}

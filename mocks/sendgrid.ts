import { http, HttpResponse } from 'msw'

/** What SendGrid's v3 mail/send receives (the part our code controls). */
export type SendGridMail = {
  personalizations: { to: { email: string }[] }[]
  from: { email: string; name?: string }
  subject: string
  content: { type: string; value: string }[]
}

export const SENDGRID_SEND_URL = 'https://api.sendgrid.com/v3/mail/send'

/**
 * SendGrid stand-in: accepts a mail with a Bearer key and records it, like the
 * real API (202, x-message-id). `failWith` makes the next calls answer an error.
 */
export const sendgrid = () => {
  const sent: { mail: SendGridMail; authorization: string | null }[] = []
  let failure: { status: number; message: string } | null = null
  const handlers = [
    http.post(SENDGRID_SEND_URL, async ({ request }) => {
      if (failure) {
        return HttpResponse.json({ errors: [{ message: failure.message, field: null }] }, { status: failure.status })
      }
      const authorization = request.headers.get('authorization')
      if (!authorization?.startsWith('Bearer ')) {
        return HttpResponse.json({ errors: [{ message: 'The provided authorization grant is invalid' }] }, { status: 401 })
      }
      sent.push({ mail: (await request.json()) as SendGridMail, authorization })
      return new HttpResponse(null, { status: 202, headers: { 'x-message-id': `msg-${sent.length}` } })
    }),
  ]
  return {
    handlers,
    sent,
    failWith: (status: number, message: string) => {
      failure = { status, message }
    },
    recover: () => {
      failure = null
    },
  }
}

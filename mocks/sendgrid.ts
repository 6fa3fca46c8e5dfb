import { appendFileSync } from 'node:fs'
import { delay, http, HttpResponse } from 'msw'

/** What SendGrid's v3 mail/send receives (the part our code controls). */
export type SendGridMail = {
  personalizations: { to: { email: string }[] }[]
  from: { email: string; name?: string }
  subject: string
  content: { type: string; value: string }[]
  custom_args?: Record<string, string>
}

export const SENDGRID_SEND_URL = 'https://api.sendgrid.com/v3/mail/send'

/** One scripted answer: an error status (with SendGrid's error body), or a hang longer than the client waits. */
export type ScriptedAnswer = { status: number; message?: string } | { hangMs: number }

/** Every request SendGrid received, in order, and what it answered. */
export type SendGridRequest = { mail: SendGridMail; authorization: string | null; answered: number | 'timeout' }

/**
 * SendGrid stand-in: accepts a mail with a Bearer key and records it, like the
 * real API (202, x-message-id). `failWith` makes every next call answer an
 * error until `recover`; `answerNext` scripts the next calls one by one.
 * `journal`: also append each request as a JSON line to that file, so a test
 * can count what several processes sent. `onAccepted` runs after a mail is
 * recorded and before SendGrid answers (e.g. to stop the process right there).
 */
export const sendgrid = (options: { journal?: string; onAccepted?: () => void } = {}) => {
  const sent: { mail: SendGridMail; authorization: string | null }[] = []
  const requests: SendGridRequest[] = []
  const script: ScriptedAnswer[] = []
  let failure: { status: number; message: string } | null = null
  const log = (entry: SendGridRequest) => {
    requests.push(entry)
    if (options.journal) appendFileSync(options.journal, `${JSON.stringify({ ...entry, pid: process.pid })}\n`)
  }
  const handlers = [
    http.post(SENDGRID_SEND_URL, async ({ request }) => {
      const authorization = request.headers.get('authorization')
      const mail = (await request.json()) as SendGridMail
      const next = script.shift() ?? (failure ? { status: failure.status, message: failure.message } : undefined)
      if (next && 'hangMs' in next) {
        log({ mail, authorization, answered: 'timeout' })
        await delay(next.hangMs)
        return new HttpResponse(null, { status: 202 })
      }
      if (next) {
        log({ mail, authorization, answered: next.status })
        return HttpResponse.json({ errors: [{ message: next.message ?? `error ${next.status}`, field: null }] }, { status: next.status })
      }
      if (!authorization?.startsWith('Bearer ')) {
        log({ mail, authorization, answered: 401 })
        return HttpResponse.json({ errors: [{ message: 'The provided authorization grant is invalid' }] }, { status: 401 })
      }
      sent.push({ mail, authorization })
      log({ mail, authorization, answered: 202 })
      options.onAccepted?.()
      return new HttpResponse(null, { status: 202, headers: { 'x-message-id': `msg-${sent.length}` } })
    }),
  ]
  return {
    handlers,
    sent,
    requests,
    failWith: (status: number, message: string) => {
      failure = { status, message }
    },
    recover: () => {
      failure = null
      script.length = 0
    },
    answerNext: (...answers: ScriptedAnswer[]) => {
      script.push(...answers)
    },
  }
}

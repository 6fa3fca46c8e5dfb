import { testPayload } from './payload'

export type OutboxMail = { id: number; to: string; subject: string; text: string; html: string }

/** The mails queued to `to` (the outbox, `emails`), oldest first. */
export const mailsTo = async (to: string): Promise<OutboxMail[]> => {
  const payload = await testPayload()
  const { docs } = await payload.find({
    collection: 'emails',
    where: { to: { equals: to } },
    sort: 'createdAt',
    limit: 50,
    depth: 0,
    overrideAccess: true,
  })
  return docs as unknown as OutboxMail[]
}

/** The last mail to `to` whose subject matches, waiting a little for it (mails are queued in the request). */
export const lastMailTo = async (to: string, subject: RegExp, timeoutMs = 5_000): Promise<OutboxMail> => {
  const until = Date.now() + timeoutMs
  for (;;) {
    const found = (await mailsTo(to)).filter((m) => subject.test(m.subject)).at(-1)
    if (found) return found
    if (Date.now() > until) throw new Error(`no mail to ${to} matching ${subject}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** The link to web's `path` (e.g. "/verifier-email") in a mail's text, with its token. */
export const linkIn = (mail: OutboxMail, path: string): URL => {
  const match = mail.text.match(new RegExp(`https?://[^\\s]*${path.replace(/[/-]/g, '\\$&')}\\?token=[^\\s]+`))
  if (!match) throw new Error(`no ${path} link in mail "${mail.subject}"`)
  return new URL(match[0])
}

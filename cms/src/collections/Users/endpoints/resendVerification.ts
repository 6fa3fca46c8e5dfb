import { randomBytes } from 'node:crypto'
import type { Endpoint } from 'payload'
import { translate } from '@atlas/shared/i18n'
import { emailSchema } from '@atlas/shared/schemas/auth'
import { requestLocale } from '../../../i18n/requestLocale'
import { queueEmail } from '../../../email/queueEmail'
import { localeOf, verifyEmailMail } from '../../../email/templates'
import { throttleSignup } from '../hooks/throttleAnonymousEntry'

/**
 * POST /api/users/resend-verification — `{ email }` ("renvoyer le lien").
 * Always 202 with the same words; an account still waiting for
 * confirmation at that address gets a fresh link (the old one stops working).
 */
export const resendVerificationEndpoint: Endpoint = {
  path: '/resend-verification',
  method: 'post',
  handler: async (req) => {
    // Counted with sign-ups (decision 018): nobody fills a stranger's mailbox with links.
    await throttleSignup(req)
    const locale = requestLocale(req)
    const body = ((await req.json?.().catch(() => null)) ?? {}) as Record<string, unknown>
    const parsed = emailSchema.safeParse(body.email)
    const answer = Response.json({ message: translate(locale, 'auth.verify.resent') }, { status: 202 })
    if (!parsed.success) return answer
    const user = await req.payload.db.findOne<{ id: number; name?: string; locale?: string; _verified?: boolean | null }>({
      collection: 'users',
      req,
      where: { email: { equals: parsed.data } },
    })
    if (!user || user._verified !== false) return answer
    const token = randomBytes(20).toString('hex')
    await req.payload.db.updateOne({
      collection: 'users',
      id: user.id,
      data: { _verificationToken: token },
      req,
      returning: false,
    })
    await queueEmail(req.payload, { to: parsed.data, ...verifyEmailMail(localeOf(user), { name: user.name ?? '', token }) })
    return answer
  },
}

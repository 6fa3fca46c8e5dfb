import { commitTransaction, initTransaction, killTransaction, type Endpoint } from 'payload'
import { linkTokenSchema } from '@atlas/shared/schemas/account'
import { requestLocale } from '../../../i18n/requestLocale'
import { queueEmail } from '../../../email/queueEmail'
import { emailChangedMail, localeOf } from '../../../email/templates'
import { refusal } from '../../Prospects/endpoints/refusal'
import { hashLinkToken } from '../hooks/setPendingEmail'

type Pending = { id: number; email: string; name?: string; locale?: string; pendingEmail?: string | null; pendingEmailExpiresAt?: string | null }

/**
 * POST /api/users/confirm-email — `{ token }`, from the link sent to a new
 * address. The pending address becomes the login address (and counts as
 * verified), the old address is told. Works from any browser: the link is
 * the proof. A used, expired or unknown token — or an address taken since —
 * is a 400.
 */
export const confirmEmailEndpoint: Endpoint = {
  path: '/confirm-email',
  method: 'post',
  handler: async (req) => {
    const locale = requestLocale(req)
    const body = ((await req.json?.().catch(() => null)) ?? {}) as Record<string, unknown>
    const invalid = () => refusal(locale, 400, 'invalidToken', 'errors.emailChange.invalid')
    const token = linkTokenSchema.safeParse(body.token)
    if (!token.success) return invalid()
    const user = await req.payload.db.findOne<Pending>({
      collection: 'users',
      req,
      where: { pendingEmailTokenHash: { equals: hashLinkToken(token.data) } },
    })
    const expires = user?.pendingEmailExpiresAt ? Date.parse(user.pendingEmailExpiresAt) : 0
    if (!user?.pendingEmail || !(expires > Date.now())) return invalid()
    const newEmail = user.pendingEmail
    const taken = await req.payload.db.findOne({ collection: 'users', req, where: { email: { equals: newEmail } } })
    if (taken) return invalid()

    const shouldCommit = await initTransaction(req)
    try {
      await req.payload.db.updateOne({
        collection: 'users',
        id: user.id,
        data: { email: newEmail, _verified: true, pendingEmail: null, pendingEmailTokenHash: null, pendingEmailExpiresAt: null },
        req,
        returning: false,
      })
      await queueEmail(req.payload, { to: user.email, ...emailChangedMail(localeOf(user), { name: user.name ?? '', email: newEmail }) }, req)
      if (shouldCommit) await commitTransaction(req)
    } catch (error) {
      if (shouldCommit) await killTransaction(req)
      throw error
    }
    return Response.json({ email: newEmail }, { status: 200 })
  },
}

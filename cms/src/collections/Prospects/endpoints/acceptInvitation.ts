import { commitTransaction, initTransaction, killTransaction, ValidationError, type Endpoint } from 'payload'
import { translate } from '@atlas/shared/i18n'
import { acceptInvitationRequestSchema } from '@atlas/shared/schemas/invitation'
import { fieldErrorsFrom } from '@atlas/shared/schemas/fieldErrors'
import { prefillFromProspect } from '@atlas/shared/profile/questionnaire/prefill'
import { requestLocale } from '../../../i18n/requestLocale'
import { INVITATION_REFUSAL_STATUS, lookUpInvitation } from '../invitationToken'
import { refusal } from './refusal'

/**
 * POST /api/prospects/accept-invitation — `{ token, password, acceptTerms }`.
 * In one transaction: creates the investor (role forced, linked to the
 * prospect's advisor, name and phone from the prospect), pre-fills the
 * questionnaire with the prospect's discovery answers, marks the prospect
 * won and converted, and spends the token. Answers 201 `{ email }`; web then
 * logs the new investor in.
 */
export const acceptInvitationEndpoint: Endpoint = {
  path: '/accept-invitation',
  method: 'post',
  handler: async (req) => {
    const locale = requestLocale(req)
    const body = ((await req.json?.().catch(() => null)) ?? {}) as Record<string, unknown>
    const found = await lookUpInvitation(req, body.token)
    if (found.state !== 'valid') {
      return refusal(locale, INVITATION_REFUSAL_STATUS[found.state], found.state, `errors.invitation.${found.state}`)
    }
    const parsed = acceptInvitationRequestSchema.safeParse(body)
    if (!parsed.success) {
      const errors = Object.entries(fieldErrorsFrom(parsed.error)).map(([path, key]) => ({ path, message: translate(locale, key) }))
      throw new ValidationError({ collection: 'users', errors })
    }
    const { prospect } = found
    const existing = await req.payload.count({ collection: 'users', overrideAccess: true, where: { email: { equals: prospect.email } } })
    if (existing.totalDocs > 0) return refusal(locale, 409, 'accountExists', 'errors.invitation.accountExists')

    const advisorId = typeof prospect.ownerAdvisor === 'object' ? prospect.ownerAdvisor?.id : prospect.ownerAdvisor
    const shouldCommit = await initTransaction(req)
    try {
      const user = await req.payload.create({
        collection: 'users',
        overrideAccess: true,
        req,
        // The invitation link reached this address: it is proven, no verification mail.
        disableVerificationEmail: true,
        data: {
          _verified: true,
          email: prospect.email,
          password: parsed.data.password,
          name: [prospect.firstName, prospect.lastName].filter(Boolean).join(' ').padEnd(2, '.'),
          phone: prospect.phone ?? undefined,
          role: 'investor',
          advisor: advisorId ?? undefined,
          locale,
          acceptTerms: true,
        } as never,
      })
      const prefill = prefillFromProspect(prospect.discovery)
      if (Object.keys(prefill).length > 0) {
        // The profile was created with the user (createProfileForInvestor), in this transaction.
        await req.payload.update({
          collection: 'profiles',
          where: { owner: { equals: user.id } },
          overrideAccess: true,
          req,
          data: prefill,
        })
      }
      await req.payload.update({
        collection: 'prospects',
        id: prospect.id,
        overrideAccess: true,
        req,
        data: { stage: 'won', convertedUser: user.id, invitation: { acceptedAt: new Date().toISOString() } },
      })
      if (shouldCommit) await commitTransaction(req)
      return Response.json({ email: user.email }, { status: 201 })
    } catch (error) {
      if (shouldCommit) await killTransaction(req)
      throw error
    }
  },
}

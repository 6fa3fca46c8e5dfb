import type { Endpoint } from 'payload'
import { roleOf } from '../../../access/roleOf'
import { queueEmail } from '../../../email/queueEmail'
import { invitationMail } from '../../../email/templates'
import { requestLocale } from '../../../i18n/requestLocale'
import { INVITATION_LIFETIME_MS, invitationTokenHash, newInvitationToken } from '../invitationToken'
import { refusal } from './refusal'

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: unknown }).id : value)

/**
 * POST /api/prospects/:id/invite — the owner advisor (or an admin) invites a
 * prospect to open a client account. A new token replaces any earlier one;
 * only its SHA-256 is stored.
 */
export const inviteEndpoint: Endpoint = {
  path: '/:id/invite',
  method: 'post',
  handler: async (req) => {
    const locale = requestLocale(req)
    const user = req.user
    const role = roleOf(user)
    if (!user || (role !== 'admin' && role !== 'advisor')) {
      return refusal(locale, user ? 403 : 401, 'forbidden', 'errors.invitation.forbidden')
    }
    const id = Number(req.routeParams?.id)
    const prospect = Number.isInteger(id)
      ? await req.payload.findByID({ collection: 'prospects', id, overrideAccess: true, depth: 0, disableErrors: true, req })
      : null
    // An advisor learns nothing about prospects that are not theirs: same answer as a missing one.
    if (!prospect || (role === 'advisor' && idOf(prospect.ownerAdvisor) !== user.id)) {
      return refusal(locale, 404, 'notFound', 'errors.invitation.forbidden')
    }
    if (prospect.convertedUser) return refusal(locale, 409, 'alreadyClient', 'errors.invitation.alreadyClient')

    const advisorId = idOf(prospect.ownerAdvisor) ?? user.id
    const advisor =
      advisorId === user.id
        ? user
        : await req.payload.findByID({ collection: 'users', id: advisorId as number, overrideAccess: true, depth: 0, req })
    const token = newInvitationToken()
    const sentAt = new Date()
    const expiresAt = new Date(sentAt.getTime() + INVITATION_LIFETIME_MS)
    await req.payload.update({
      collection: 'prospects',
      id,
      overrideAccess: true,
      req,
      data: {
        invitation: {
          tokenHash: invitationTokenHash(token),
          sentAt: sentAt.toISOString(),
          expiresAt: expiresAt.toISOString(),
          acceptedAt: null,
          invitedBy: user.id,
        },
      },
    })
    const prospectName = [prospect.firstName, prospect.lastName].filter(Boolean).join(' ')
    await queueEmail(req.payload, { to: prospect.email, ...invitationMail('fr', { advisorName: advisor.name, prospectName, token }) }, req)
    return Response.json({ sentAt: sentAt.toISOString(), expiresAt: expiresAt.toISOString(), to: prospect.email })
  },
}

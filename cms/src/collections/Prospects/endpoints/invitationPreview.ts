import type { Endpoint } from 'payload'
import { requestLocale } from '../../../i18n/requestLocale'
import { INVITATION_REFUSAL_STATUS, lookUpInvitation } from '../invitationToken'
import { refusal } from './refusal'

/**
 * POST /api/prospects/invitation — `{ token }`: who invites whom, for web's
 * /invitation page, or why the token cannot be used (400 forged, 409 used,
 * 410 expired). The token travels in the body, never in a URL the cms logs.
 */
export const invitationPreviewEndpoint: Endpoint = {
  path: '/invitation',
  method: 'post',
  handler: async (req) => {
    const body = ((await req.json?.().catch(() => null)) ?? {}) as { token?: unknown }
    const found = await lookUpInvitation(req, body.token)
    if (found.state !== 'valid') {
      return refusal(requestLocale(req), INVITATION_REFUSAL_STATUS[found.state], found.state, `errors.invitation.${found.state}`)
    }
    const { prospect } = found
    const advisor = typeof prospect.ownerAdvisor === 'object' ? prospect.ownerAdvisor : null
    return Response.json({
      email: prospect.email,
      firstName: prospect.firstName ?? '',
      lastName: prospect.lastName,
      advisorName: advisor?.name ?? 'Atlas',
      expiresAt: prospect.invitation?.expiresAt,
    })
  },
}

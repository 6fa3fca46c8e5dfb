import type { Endpoint } from 'payload'
import { isRole, isStaff } from '@atlas/shared'
import { translate } from '@atlas/shared/i18n'
import { requestLocale } from '../i18n/requestLocale'

const noStore = { 'cache-control': 'private, no-store' }
const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status, headers: noStore })

/**
 * POST /api/portal/onboarding/dismiss — the investor hides the "Bien
 * démarrer" checklist of their dashboard, for good. It names no account:
 * it writes `onboardingDismissedAt` on the caller's own (the field is closed
 * to REST writes), so nobody hides it for someone else. The first dismissal
 * is kept (a second call answers the same date). 200
 * `{ onboardingDismissedAt }`; anonymous 401; staff 403 (they have no checklist).
 */
export const dismissOnboarding: Endpoint = {
  path: '/portal/onboarding/dismiss',
  method: 'post',
  handler: async (req) => {
    const locale = requestLocale(req)
    const user = req.user
    if (!user) return refuse(401, translate(locale, 'errors.portal.signIn'))
    const role = (user as { role?: unknown }).role
    if (!isRole(role) || isStaff(role)) return refuse(403, translate(locale, 'errors.onboarding.investorsOnly'))
    const already = (user as { onboardingDismissedAt?: string | null }).onboardingDismissedAt
    if (already) return Response.json({ onboardingDismissedAt: already }, { headers: noStore })
    // Trusted write of one field of the caller's own account: REST cannot set it (field access).
    const updated = await req.payload.update({
      req,
      collection: 'users',
      id: user.id,
      data: { onboardingDismissedAt: new Date().toISOString() },
      overrideAccess: true,
      depth: 0,
      select: { onboardingDismissedAt: true },
    })
    return Response.json({ onboardingDismissedAt: updated.onboardingDismissedAt }, { headers: noStore })
  },
}

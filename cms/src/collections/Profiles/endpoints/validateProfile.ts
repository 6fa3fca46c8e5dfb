import type { Endpoint } from 'payload'
import { translate } from '@atlas/shared/i18n'
import { roleOf } from '../../../access/roleOf'
import { requestLocale } from '../../../i18n/requestLocale'

const noStore = { 'cache-control': 'private, no-store' }
const refuse = (status: number, message: string, code?: string) =>
  Response.json({ errors: [{ message, ...(code ? { code } : {}) }] }, { status, headers: noStore })

/**
 * POST /api/profiles/:id/validate — the advisor's "Valider le profil": a
 * submitted questionnaire of one of their clients (admins: anyone's) becomes
 * validated. Reading and writing go through Payload with the caller as user
 * (overrideAccess: false), so the collection's access rules and
 * guardValidation decide; this endpoint adds only that the profile must
 * have been submitted. Answers 200 `{ id, status, validatedAt, reviewDueAt,
 * validatedBy }`; anonymous 401, investor/editor 403, not visible 404,
 * not submitted 409 `code: notSubmitted`.
 */
export const validateProfileEndpoint: Endpoint = {
  path: '/:id/validate',
  method: 'post',
  handler: async (req) => {
    const locale = requestLocale(req)
    if (!req.user) return refuse(401, translate(locale, 'admin.staffOnly'))
    const role = roleOf(req.user)
    if (role !== 'advisor' && role !== 'admin') return refuse(403, translate(locale, 'errors.profile.validateForbidden'))
    const id = String(req.routeParams?.id ?? '')
    if (!/^[1-9]\d{0,9}$/.test(id)) return refuse(404, translate(locale, 'errors.profile.notFound'))
    const profile = await req.payload.findByID({
      collection: 'profiles',
      id: Number(id),
      depth: 0,
      overrideAccess: false,
      user: req.user,
      disableErrors: true,
      req,
    })
    if (!profile) return refuse(404, translate(locale, 'errors.profile.notFound'))
    if (profile.status !== 'submitted') {
      const status = translate(locale, `admin.status.${profile.status}`)
      return refuse(409, translate(locale, 'errors.profile.notSubmitted', { status }), 'notSubmitted')
    }
    const updated = await req.payload.update({
      collection: 'profiles',
      id: profile.id,
      data: { status: 'validated' },
      overrideAccess: false,
      user: req.user,
      depth: 0,
      req,
    })
    return Response.json(
      {
        id: updated.id,
        status: updated.status,
        validatedAt: updated.validatedAt,
        reviewDueAt: updated.reviewDueAt,
        validatedBy: updated.validatedBy,
      },
      { headers: noStore },
    )
  },
}

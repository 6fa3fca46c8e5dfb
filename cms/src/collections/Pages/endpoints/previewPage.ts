import type { Endpoint } from 'payload'
import { translate } from '@atlas/shared/i18n'
import { env } from '../../../env'
import { requestLocale } from '../../../i18n/requestLocale'
import { verifyPreviewToken } from '../../../preview/previewToken'

/**
 * POST /api/pages/preview — `{ token }` (signed by the cms for an editor's
 * "Prévisualiser" link, docs/decisions/014-marketing-pages-and-preview.md): the page's latest draft, with
 * its plans and images. Forged `400 invalid`, expired `410 expired`, page
 * deleted `404`. Anyone holding a valid token may read that one draft, and
 * only until the token expires; nothing else is opened.
 */
export const previewPageEndpoint: Endpoint = {
  path: '/preview',
  method: 'post',
  handler: async (req) => {
    const locale = requestLocale(req)
    const body = ((await req.json?.().catch(() => null)) ?? {}) as { token?: unknown }
    const check = verifyPreviewToken(body.token, env.payloadSecret)
    if (!check.ok) {
      const message = translate(locale, `errors.preview.${check.reason}`)
      return Response.json({ errors: [{ message, code: check.reason }] }, { status: check.reason === 'expired' ? 410 : 400 })
    }
    const doc = await req.payload.findByID({
      collection: 'pages',
      id: check.pageId,
      draft: true,
      depth: 1,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    if (!doc) return Response.json({ errors: [{ message: translate(locale, 'error.notFound.title'), code: 'notFound' }] }, { status: 404 })
    return Response.json({ doc }, { headers: { 'Cache-Control': 'no-store' } })
  },
}

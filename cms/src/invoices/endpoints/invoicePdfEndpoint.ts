import type { Endpoint } from 'payload'
import { invoicePdf } from '../invoicePdf'
import { refusal, routeId } from './answers'

/**
 * GET /api/invoices/:id/pdf — the stored PDF of an issued invoice or credit
 * note, for whom the collection's read access lets see it (the customer,
 * admins); 404 for anyone else, a draft or no such document — the same
 * answer, so nobody learns which numbers exist. Web's "Mon abonnement"
 * proxies it with the customer's own token.
 */
export const invoicePdfEndpoint: Endpoint = {
  path: '/:id/pdf',
  method: 'get',
  handler: async (req) => {
    const id = routeId(req)
    const visible =
      id && req.user
        ? await req.payload.findByID({ collection: 'invoices', id, req, depth: 0, overrideAccess: false, disableErrors: true, select: { number: true, status: true } })
        : null
    if (!id || !visible || visible.status !== 'issued') return refusal(req, 404, 'errors.invoice.notFound')
    const rendered = await invoicePdf(req.payload, id, req)
    if (!rendered) return refusal(req, 404, 'errors.invoice.notFound')
    return new Response(new Uint8Array(rendered.bytes), {
      status: 200,
      headers: {
        'content-type': 'application/pdf',
        'content-disposition': `attachment; filename="${rendered.invoice.number}.pdf"`,
        'content-length': String(rendered.bytes.length),
        'cache-control': 'private, no-store',
        'x-content-type-options': 'nosniff',
      },
    })
  },
}

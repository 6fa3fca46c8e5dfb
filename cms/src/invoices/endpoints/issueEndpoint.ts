import type { Endpoint } from 'payload'
import { issueInvoice } from '../issue'
import { adminRefusal, answerError, json, refusal, routeId } from './answers'

/**
 * POST /api/invoices/:id/issue — an admin issues a draft ("Émettre la
 * facture" in the admin): number, seller snapshot, PDF job. 200 `{ doc }`;
 * 400 when a mention is missing, 404 no such draft, 409 already issued.
 */
export const issueEndpoint: Endpoint = {
  path: '/:id/issue',
  method: 'post',
  handler: async (req) => {
    const refused = adminRefusal(req)
    if (refused) return refused
    const id = routeId(req)
    if (!id) return refusal(req, 404, 'errors.invoice.notFound')
    try {
      return json({ doc: await issueInvoice(req.payload, id, req) })
    } catch (error) {
      return answerError(error)
    }
  },
}

import { APIError, type Endpoint } from 'payload'
import { isDocumentKind } from '@atlas/shared/documents'
import { canReadInvestorData } from '../../access/canReadInvestorData'
import { roleOf } from '../../access/roleOf'
import { checkRateLimit, recordAttempt } from '../../rateLimit/limits'
import { requestDocument, startSoon } from '../generate'
import { DOCUMENT_RENDERERS } from '../renderers'
import { documentSummary } from '../summary'
import { documentJson, documentRefusal } from './answers'

/**
 * POST /api/client-documents/generate `{ investor, kind }` → 202 `{ document }`
 * (queued; the job renders it, GET /api/client-documents/:id shows the
 * progress). Who: the investor's advisor and admins, every kind; the
 * investor, their own bilan only. 401 anonymous; 400 at `investor` or
 * `kind`; 404 an investor the caller cannot see (unknown, or not theirs:
 * existence is not revealed); 403 a caller who sees the investor but may
 * not ask for this kind (an investor, anything but their bilan), and
 * editors; 429 more than 10 in a minute; the kind's preflight refusals at
 * `kind` (403 bilan without the plan, 409 profile not validated, no
 * recommendation, no template).
 */
export const generateEndpoint: Endpoint = {
  path: '/generate',
  method: 'post',
  handler: async (req) => {
    const user = req.user
    const role = roleOf(user)
    if (!user || !role) return documentRefusal(req, 401, 'documents.errors.signIn')
    if (role === 'editor') return documentRefusal(req, 403, 'documents.errors.forbidden', 'investor')
    const raw = req.json ? await req.json().catch(() => null) : null
    const body = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {}
    const investorId = body.investor
    if (typeof investorId !== 'number' || !Number.isSafeInteger(investorId) || investorId <= 0) return documentRefusal(req, 400, 'documents.errors.investor', 'investor')
    const kind = body.kind
    if (!isDocumentKind(kind)) return documentRefusal(req, 400, 'documents.errors.kind', 'kind')

    const investor = await req.payload.findByID({ collection: 'users', id: investorId, depth: 0, overrideAccess: true, disableErrors: true, select: { role: true }, req })
    if (!investor || investor.role !== 'investor' || !(await canReadInvestorData(req, investorId))) return documentRefusal(req, 404, 'documents.errors.investorNotFound', 'investor')
    if (role === 'investor' && kind !== 'bilan') return documentRefusal(req, 403, 'documents.errors.investorOwnBilan', 'kind')

    let attempt: string
    try {
      attempt = await checkRateLimit(req, 'documentGenerate', `user:${user.id}`)
    } catch (error) {
      if (error instanceof APIError && error.status === 429) return documentRefusal(req, 429, 'documents.errors.rateLimited', 'kind')
      throw error
    }
    const refused = await DOCUMENT_RENDERERS[kind].preflight(req.payload, investorId, req)
    if (refused) return documentRefusal(req, refused.status, refused.messageKey, 'kind')

    const { doc, jobId } = await requestDocument(req.payload, req, { investorId, kind, requestedBy: Number(user.id) })
    await recordAttempt(req.payload, 'documentGenerate', attempt)
    startSoon(req.payload, jobId)
    return documentJson({ document: documentSummary(doc) }, 202)
  },
}

import type { TaskConfig } from 'payload'
import { renderClientDocument } from '../documents/renderJob'

/**
 * Queued by POST /api/client-documents/generate (documents/generate.ts) in
 * the transaction that creates the row: renders the version, stores it
 * privately, marks it ready and tells the investor (documents/renderJob.ts).
 * Two retries; the row says `failed` only after the last one.
 */
export const renderClientDocumentTask: TaskConfig<{ input: { document: number }; output: { sha256: string } }> = {
  slug: 'renderClientDocument',
  label: 'Render a client document (bilan, adéquation, DER, lettre de mission)',
  inputSchema: [{ name: 'document', type: 'number', required: true }],
  outputSchema: [{ name: 'sha256', type: 'text' }],
  retries: { attempts: 2, backoff: { type: 'exponential', delay: 5_000 } },
  handler: async ({ input, req, job }) => {
    const rendered = await renderClientDocument(req.payload, input.document, { req, lastAttempt: (job.totalTried ?? 0) >= 2 })
    return { output: { sha256: rendered?.sha256 ?? '' } }
  },
}

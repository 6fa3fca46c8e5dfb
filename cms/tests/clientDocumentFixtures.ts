import type { Payload } from 'payload'
import type { DocumentKind } from '@atlas/shared/documents'
import type { ClientDocument } from '@atlas/shared/payload-types'
import { requestDocument } from '../src/documents/generate'
import { renderClientDocument } from '../src/documents/renderJob'

/** A queued version of `kind` for `investorId`, as the generate endpoint makes it (its job queued too). */
export const queuedDocument = async (payload: Payload, investorId: number, kind: DocumentKind = 'bilan', requestedBy: number | null = null) =>
  (await requestDocument(payload, undefined, { investorId, kind, requestedBy })).doc

/** Polls the row until `done(row)` (the server's own job run may be the one that renders it). */
export async function waitForDocument(payload: Payload, id: number, done: (doc: ClientDocument) => boolean, timeoutMs = 30_000): Promise<ClientDocument> {
  const until = Date.now() + timeoutMs
  for (;;) {
    const doc = (await payload.findByID({ collection: 'client-documents', id, overrideAccess: true, depth: 0 })) as ClientDocument
    if (done(doc) || Date.now() > until) return doc
    await new Promise((resolve) => setTimeout(resolve, 150))
  }
}

/** A ready version: requested, then rendered here (or by the cms's job runner if it took the job first). */
export async function readyDocument(payload: Payload, investorId: number, kind: DocumentKind = 'bilan', requestedBy: number | null = null): Promise<ClientDocument> {
  const queued = await queuedDocument(payload, investorId, kind, requestedBy)
  const rendered = await renderClientDocument(payload, queued.id)
  return rendered ?? waitForDocument(payload, queued.id, (doc) => doc.status === 'ready')
}

import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { isSignableKind, type DocumentKind } from '@atlas/shared/documents'
import { translate, type Locale } from '@atlas/shared/i18n'
import type { ClientDocument, User } from '@atlas/shared/payload-types'
import type { DocumentContext } from '../collections/ClientDocuments/hooks/keepDocuments'
import { notify } from '../notifications/notify'
import { progressReporter } from './progressReporter'
import { DOCUMENT_RENDERERS, type DocumentRenderer } from './renderers'
import { storeDocumentPdf } from './store'
import { localizedTitle } from './titles'

type Drizzle = { drizzle: { execute: (query: unknown) => Promise<{ rows: Record<string, unknown>[] }> } }

export type RenderOptions = {
  /** The job's request, handed to the renderer for its reads. */
  req?: PayloadRequest
  /** No retry follows: a failure marks the row `failed`; before, it goes back to `queued`. */
  lastAttempt?: boolean
  /** Another renderer than the kind's (tests of the job's own behaviour). */
  renderer?: DocumentRenderer
}

const context: DocumentContext = { documentJob: true }
const idOf = (value: unknown): number | null => {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value
  return typeof id === 'number' ? id : null
}

/**
 * One render of one queued version. Claims the row first (queued →
 * rendering by one conditional UPDATE: a second run of the same job finds
 * nothing to do and returns null), then runs the kind's renderer with a
 * progress callback that writes `progress`/`stage` (at most every 250 ms),
 * stores the PDF privately and records file, SHA-256, size, pages, source,
 * `ready`, 100 %. Every write commits on its own (no request transaction):
 * the person who asked sees each step. On an error the row goes back to
 * `queued` for Payload's retry, or to `failed` with an i18n key on the last
 * attempt; the error is logged with the document id and rethrown.
 */
export async function renderClientDocument(payload: Payload, id: number, options: RenderOptions = {}): Promise<ClientDocument | null> {
  const { rows } = await (payload.db as unknown as Drizzle).drizzle.execute(
    sql`update client_documents set status = 'rendering', progress = 0, stage = 'documents.stage.loading', error = null, updated_at = now() where id = ${id} and status = 'queued' returning id`,
  )
  if (rows.length === 0) return null
  const doc = (await payload.findByID({ collection: 'client-documents', id, depth: 0, overrideAccess: true })) as ClientDocument
  const kind = doc.kind as DocumentKind
  const investorId = idOf(doc.investor)!
  const write = async (pct: number, stage: string) => {
    await payload.update({ collection: 'client-documents', id, depth: 0, overrideAccess: true, context, data: { progress: pct, stage } })
  }
  try {
    const investor = (await payload.findByID({ collection: 'users', id: investorId, depth: 0, overrideAccess: true, select: { locale: true } })) as Pick<User, 'locale'>
    const locale: Locale = investor.locale === 'en' ? 'en' : 'fr'
    const renderer = options.renderer ?? DOCUMENT_RENDERERS[kind].render
    const req = options.req ?? (await createLocalReq({}, payload))
    const rendered = await renderer({ payload, req, investorId, documentId: id, locale, progress: progressReporter(write) })
    if (!Buffer.isBuffer(rendered.bytes) || rendered.bytes.length === 0) throw new Error('the renderer returned no PDF bytes')
    const stored = await storeDocumentPdf({ id, version: doc.version, kind }, rendered.bytes)
    const ready = (await payload.update({
      collection: 'client-documents',
      id,
      depth: 0,
      overrideAccess: true,
      context,
      data: {
        status: 'ready',
        progress: 100,
        stage: 'documents.stage.done',
        file: stored.file,
        sha256: stored.sha256,
        byteSize: stored.byteSize,
        pageCount: rendered.pageCount,
        readyAt: new Date().toISOString(),
        recommendation: rendered.source?.recommendation ?? null,
        template: rendered.source?.template ?? null,
        templateVersion: rendered.source?.templateVersion ?? null,
      },
    })) as ClientDocument
    await tellInvestor(payload, ready)
    return ready
  } catch (error) {
    const last = options.lastAttempt !== false
    payload.logger.error({ err: error, msg: `[documents] client document ${id} (${kind} v${doc.version}) failed to render${last ? '' : '; Payload retries it'}` })
    await payload.update({
      collection: 'client-documents',
      id,
      depth: 0,
      overrideAccess: true,
      context,
      data: last ? { status: 'failed', error: 'documents.errors.renderFailed', stage: null } : { status: 'queued', progress: 0, stage: 'documents.stage.retrying' },
    })
    throw error
  }
}

/**
 * The investor learns that a version is ready: in the portal and by mail
 * (their preferences for `documentReady`) when someone else asked — "prêt à
 * être signé" for the DER, the lettre de mission and the rapport
 * d'adéquation — and in the portal only when they asked themself.
 */
async function tellInvestor(payload: Payload, doc: ClientDocument): Promise<void> {
  const investorId = idOf(doc.investor)!
  const kind = doc.kind as DocumentKind
  const own = idOf(doc.requestedBy) === investorId
  const toSign = !own && isSignableKind(kind)
  const title = (locale: Locale) => localizedTitle(locale, kind, doc.version)
  await notify(payload, {
    user: investorId,
    event: 'documentReady',
    title: (locale) => translate(locale, toSign ? 'documents.notification.toSign.title' : 'documents.notification.ready.title', { title: title(locale) }),
    body: (locale) => translate(locale, toSign ? 'documents.notification.toSign.body' : 'documents.notification.ready.body', { title: title(locale) }),
    link: `/portail/documents/${doc.id}`,
    dedupeKey: `document-ready:${doc.id}`,
    ...(own ? { only: { email: false } } : {}),
  })
}

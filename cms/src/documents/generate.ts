import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'
import { nextVersion, type DocumentKind } from '@atlas/shared/documents'
import type { ClientDocument } from '@atlas/shared/payload-types'
import type { DocumentContext } from '../collections/ClientDocuments/hooks/keepDocuments'
import { executeInTransaction, inTransaction } from '../invoices/transaction'
import { DEFAULT_QUEUE } from '../jobs/queues'
import { localizedTitle } from './titles'

export type DocumentRequest = { investorId: number; kind: DocumentKind; requestedBy: number | null }

/**
 * A new version of one investor's document, in one transaction: a lock per
 * investor and kind (pg_advisory_xact_lock, so ten requests at once get
 * versions 1…10), the next version after the highest one, the row (queued,
 * titled in French "Bilan patrimonial — version 2") and the
 * renderClientDocument job — the job exists only if the row does. Checks
 * of who may ask are the caller's (endpoints/generateEndpoint.ts).
 */
export async function requestDocument(payload: Payload, given: PayloadRequest | undefined, request: DocumentRequest): Promise<{ doc: ClientDocument; jobId: number | string }> {
  const { investorId, kind, requestedBy } = request
  return inTransaction(payload, given, async (req) => {
    await executeInTransaction(req, sql`select pg_advisory_xact_lock(hashtext(${`client-documents:${investorId}:${kind}`}))`)
    const [highest] = await executeInTransaction(req, sql`select max(version) as highest from client_documents where investor_id = ${investorId} and kind = ${kind}`)
    const version = nextVersion(highest?.highest === null || highest?.highest === undefined ? null : Number(highest.highest))
    const title = localizedTitle('fr', kind, version)
    const context: DocumentContext = { documentJob: true }
    const doc = (await payload.create({
      collection: 'client-documents',
      req,
      overrideAccess: true,
      depth: 0,
      context,
      data: { investor: investorId, kind, version, title, requestedBy, status: 'queued', progress: 0 },
    })) as ClientDocument
    const job = await payload.jobs.queue({ task: 'renderClientDocument', input: { document: doc.id }, queue: DEFAULT_QUEUE, req })
    return { doc, jobId: job.id }
  })
}

/**
 * Runs the queued job now, in the background, so the person who asked
 * sees "En préparation…" within a second rather than at the next minute of
 * the default queue's cron (which remains the fallback: a job this start
 * misses is run there). `run` with `where` only takes a job that is not
 * already processing.
 */
export function startSoon(payload: Payload, jobId: number | string): void {
  void payload.jobs
    .run({ queue: DEFAULT_QUEUE, where: { id: { equals: jobId } }, overrideAccess: true })
    .catch((error: Error) => payload.logger.error({ err: error, msg: `[documents] job ${jobId} not started now: ${error.message}` }))
}

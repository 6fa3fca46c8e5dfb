import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook, type PayloadRequest } from 'payload'
import { translate, type MessageKey } from '@atlas/shared/i18n'
import { canMove, type DocumentStatus } from '@atlas/shared/documents'
import type { ClientDocument } from '@atlas/shared/payload-types'
import { requestLocale } from '../../../i18n/requestLocale'

/**
 * What trusted code says when it writes a client document through the Local
 * API with overrideAccess (a REST call never sets `context`):
 * `documentJob` — the generate endpoint creating a row, the render job moving it along;
 * `documentSignature` — the sign endpoint recording the signature, once.
 */
export type DocumentContext = { documentJob?: true; documentSignature?: true }

const refuse = (req: PayloadRequest, key: MessageKey, status = 403) => new APIError(translate(requestLocale(req), key), status, undefined, true)

/** What the job may write after creation; the row's identity (investor, kind, version, title, requester) never changes. */
const JOB_FIELDS = new Set(['status', 'progress', 'stage', 'error', 'sha256', 'file', 'pageCount', 'byteSize', 'readyAt', 'recommendation', 'template', 'templateVersion'])
const SIGNATURE_FIELDS = new Set(['signature', 'signedFile'])
const idOf = (value: unknown) => (typeof value === 'object' && value !== null && 'id' in value ? (value as { id: unknown }).id : value)
const same = (a: unknown, b: unknown) => JSON.stringify(idOf(a) ?? null) === JSON.stringify(idOf(b) ?? null)

/** The keys `data` would change on `original` (Payload passes the fields it was given, sometimes the whole document). */
const changedKeys = (data: Record<string, unknown>, original: Record<string, unknown>) =>
  Object.keys(data).filter((key) => !['updatedAt', 'createdAt', 'id'].includes(key) && !same(data[key], original[key]))

const isSigned = (doc: Partial<ClientDocument> | undefined) => Boolean(doc?.signature && (doc.signature as { signedAt?: unknown }).signedAt)

/**
 * A client document is a record (decision 038). Access closes create,
 * update and delete to every API caller; this hook refuses trusted code
 * too unless it says what it is: the job creates a row (queued) and moves
 * it queued → rendering → ready | failed, writing only its own fields; a
 * ready row changes once more, when the sign endpoint records the
 * signature (signature null → set, plus the signed copy), and never after.
 */
export const keepDocuments: CollectionBeforeChangeHook<ClientDocument> = ({ data, originalDoc, operation, context, req }) => {
  const ours = context as DocumentContext
  if (operation === 'create') {
    if (!ours.documentJob) throw refuse(req, 'documents.errors.apiWrite')
    return { ...data, status: 'queued', progress: 0, stage: 'documents.stage.queued', error: null, signature: undefined, signedFile: null, sha256: null, file: null, readyAt: null }
  }
  const original = (originalDoc ?? {}) as unknown as Record<string, unknown>
  const changed = changedKeys(data as Record<string, unknown>, original)
  if (changed.length === 0) return data
  const from = original.status as DocumentStatus
  if (ours.documentSignature) {
    if (isSigned(originalDoc)) throw refuse(req, 'documents.errors.alreadySigned', 409)
    if (from !== 'ready') throw refuse(req, 'documents.errors.notReady', 409)
    if (changed.some((key) => !SIGNATURE_FIELDS.has(key)) || !isSigned(data as Partial<ClientDocument>)) throw refuse(req, 'documents.errors.immutable')
    return data
  }
  if (ours.documentJob) {
    const to = (data.status ?? from) as DocumentStatus
    if (from === 'ready' || from === 'failed' || !canMove(from, to)) throw refuse(req, 'documents.errors.immutable')
    if (changed.some((key) => !JOB_FIELDS.has(key))) throw refuse(req, 'documents.errors.immutable')
    return data
  }
  throw refuse(req, from === 'ready' ? 'documents.errors.immutable' : 'documents.errors.apiWrite')
}

/** Documents are kept (an account's erasure is another matter, refused while it has any: Users' removePersonalRecords). */
export const refuseDeletingDocuments: CollectionBeforeDeleteHook = ({ req }) => {
  throw refuse(req, 'documents.errors.noDelete')
}

import type { DocumentKind, DocumentStatus, DocumentSummary, SignatureEvidence } from '@atlas/shared/documents'
import type { ClientDocument } from '@atlas/shared/payload-types'

const idOf = (value: unknown): number | null => {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value
  return typeof id === 'number' ? id : null
}

/** A client-documents row as web and the admin read it (the contract's DocumentSummary; no file names). */
export function documentSummary(doc: ClientDocument): DocumentSummary {
  const signature = doc.signature as Partial<SignatureEvidence> | null | undefined
  return {
    id: Number(doc.id),
    investor: idOf(doc.investor) ?? 0,
    kind: doc.kind as DocumentKind,
    version: doc.version,
    title: doc.title,
    status: doc.status as DocumentStatus,
    progress: doc.progress ?? 0,
    stage: doc.stage ?? null,
    error: doc.error ?? null,
    sha256: doc.sha256 ?? null,
    pageCount: doc.pageCount ?? null,
    byteSize: doc.byteSize ?? null,
    requestedBy: idOf(doc.requestedBy),
    signature: signature?.signedAt ? (signature as SignatureEvidence) : null,
    createdAt: doc.createdAt,
    readyAt: doc.readyAt ?? null,
  }
}

// PLACEHOLDER (engineer 6, doc-admin): a verbatim copy of the contract's shared/src/documents/kinds.ts so this branch
// compiles before the merge. Core (engineer 1) owns this file: core's version wins at merge.
export const DOCUMENT_KINDS = ['bilan', 'adequation', 'der', 'lettreMission'] as const
export type DocumentKind = (typeof DOCUMENT_KINDS)[number]
export const SIGNABLE_KINDS: readonly DocumentKind[] = ['der', 'lettreMission', 'adequation']
export const DOCUMENT_STATUSES = ['queued', 'rendering', 'ready', 'failed'] as const
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number]
export type SignatureEvidence = {
  signedAt: string          // ISO
  signerName: string        // as typed
  method: 'password' | 'totp'
  ip: string
  userAgent: string
  signedSha256: string      // SHA-256 (hex) of the exact PDF bytes the investor read and signed (= document.sha256)
  signedCopySha256: string  // SHA-256 of the signed copy (original pages + signature page)
}
/** What web and the admin read about one document (GET /api/client-documents REST docs have these fields). */
export type DocumentSummary = {
  id: number
  investor: number
  kind: DocumentKind
  version: number           // 1, 2, 3… per investor and kind; a new one never overwrites an old one
  title: string             // e.g. "Bilan patrimonial — version 2" (French, set at request time)
  status: DocumentStatus
  progress: number          // 0–100
  stage: string | null      // i18n key of the current step, e.g. 'documents.stage.charts'
  error: string | null      // i18n key when failed
  sha256: string | null
  pageCount: number | null
  byteSize: number | null
  requestedBy: number | null
  signature: SignatureEvidence | null   // null = not signed
  createdAt: string
  readyAt: string | null
}

import { DOCUMENT_KINDS, SIGNABLE_KINDS, type DocumentKind, type DocumentStatus, type DocumentSummary, type SignatureEvidence } from '@atlas/shared/documents/kinds'
import { translate, type Locale } from '@atlas/shared/i18n'

/**
 * A client-documents row as the REST API and the Local API give it: the contract's DocumentSummary, except that a
 * signature stored as a group reads as an object of nulls before signing — `signatureOf` says whether it is signed.
 */
export type DocumentRow = Omit<DocumentSummary, 'signature' | 'requestedBy'> & {
  signature?: Partial<{ [K in keyof SignatureEvidence]: SignatureEvidence[K] | null }> | null
  requestedBy?: number | { id: number } | null
}

export type KindBlock = { kind: DocumentKind; signable: boolean; versions: DocumentRow[] }

/** The evidence of a signed row, or null while it is not signed (no signing time recorded). */
export const signatureOf = (row: Pick<DocumentRow, 'signature'>): SignatureEvidence | null => {
  const s = row.signature
  if (!s?.signedAt) return null
  return {
    signedAt: s.signedAt,
    signerName: s.signerName ?? '',
    method: s.method === 'totp' ? 'totp' : 'password',
    ip: s.ip ?? '',
    userAgent: s.userAgent ?? '',
    signedSha256: s.signedSha256 ?? '',
    signedCopySha256: s.signedCopySha256 ?? '',
  }
}

export const requesterIdOf = (row: Pick<DocumentRow, 'requestedBy'>): number | null =>
  typeof row.requestedBy === 'object' && row.requestedBy !== null ? row.requestedBy.id : (row.requestedBy ?? null)

export const isInProgress = (status: DocumentStatus) => status === 'queued' || status === 'rendering'

/** One block per kind, in the contract's order (bilan, adéquation, DER, lettre de mission), newest version first. */
export const blocksByKind = (rows: DocumentRow[]): KindBlock[] =>
  DOCUMENT_KINDS.map((kind) => ({
    kind,
    signable: SIGNABLE_KINDS.includes(kind),
    versions: rows.filter((row) => row.kind === kind).sort((a, b) => b.version - a.version),
  }))

/** The first 12 hex digits of a SHA-256, enough to compare by eye; the full one goes in a title. */
export const shortSha = (hex: string) => (hex.length > 12 ? `${hex.slice(0, 12)}…` : hex)

/** A file size as people read it: 84 Ko, 1,2 Mo (1 Ko = 1 024 octets, like the file managers they use). */
export const byteSizeLabel = (locale: Locale, bytes: number) => {
  const number = (value: number, digits: number) =>
    new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: digits }).format(value)
  const kb = bytes / 1024
  if (kb < 1024) return translate(locale, 'documents.admin.size.kb', { size: number(Math.max(1, Math.round(kb)), 0) })
  return translate(locale, 'documents.admin.size.mb', { size: number(kb / 1024, 1) })
}

/** "En préparation… 40 %" while queued or rendering; the status's own word otherwise. */
export const statusLabel = (locale: Locale, row: Pick<DocumentRow, 'status' | 'progress'>) => {
  const status = translate(locale, `documents.status.${row.status}`)
  return row.status === 'rendering' ? translate(locale, 'documents.admin.progress', { status, pct: Math.round(row.progress ?? 0) }) : status
}

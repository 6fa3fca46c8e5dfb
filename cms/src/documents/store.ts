import { discardPrivateFile, privateDir, readPrivateFile, sha256, writePrivateFile } from '../files/privateFiles'

/**
 * Where client documents live: MEDIA_DIR/../documents, or .data/documents —
 * private (files/privateFiles.ts: atomic writes, mode 0600). Only
 * GET /api/client-documents/:id/pdf reads them, after the row's read access,
 * and only when the bytes still match the SHA-256 recorded on the row.
 */
export const documentsDir = (): string => privateDir('documents')

export type StoredPdf = { file: string; sha256: string; byteSize: number }

/** "12-v3-bilan-1a2b3c4d5e6f.pdf" (or "…-signed-…" for a signed copy): the id, the version, the kind, a hash prefix. */
export async function storeDocumentPdf(doc: { id: number; version: number; kind: string }, bytes: Buffer, copy: 'original' | 'signed' = 'original'): Promise<StoredPdf> {
  const sha = sha256(bytes)
  const kind = doc.kind.replace(/[^A-Za-z0-9]/g, '')
  const file = `${doc.id}-v${doc.version}-${kind}${copy === 'signed' ? '-signed' : ''}-${sha.slice(0, 12)}.pdf`
  await writePrivateFile(documentsDir(), file, bytes)
  return { file, sha256: sha, byteSize: bytes.length }
}

/** The stored bytes when they match the recorded hash; null when missing or altered. */
export const readDocumentPdf = (file: string, expectedSha: string): Promise<Buffer | null> => readPrivateFile(documentsDir(), file, expectedSha)

export const discardDocumentPdf = (file: string) => discardPrivateFile(documentsDir(), file)

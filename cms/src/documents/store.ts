// PLACEHOLDER (engineer 5, doc-sign): core (engineer 1) owns this module; this throw-away version mirrors
// cms/src/invoices/pdfStore.ts so the signature code runs before core lands. Core's file wins at merge —
// the signature code needs exactly `storeDocumentPdf(baseName, bytes) → { file, sha }`,
// `readDocumentPdf(file, sha) → Buffer | null` and `discardDocumentPdf(file)`.
import { createHash, randomUUID } from 'node:crypto'
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { env } from '../env'

/** MEDIA_DIR/../documents, or .data/documents: never under Media's staticDir. */
export const documentsDir = (): string =>
  env.mediaDir ? path.join(path.dirname(path.resolve(env.mediaDir)), 'documents') : path.resolve(process.cwd(), '.data/documents')

export const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex')

/** Writes the bytes (mode 0600) under a name of their own, atomically; returns the name and the hash. */
export async function storeDocumentPdf(baseName: string, bytes: Buffer): Promise<{ file: string; sha: string }> {
  const sha = sha256(bytes)
  const file = `${baseName.replace(/[^A-Za-z0-9-]/g, '_')}-${sha.slice(0, 12)}.pdf`
  const dir = documentsDir()
  await mkdir(dir, { recursive: true })
  const temporary = path.join(dir, `.${randomUUID()}.tmp`)
  await writeFile(temporary, bytes, { mode: 0o600 })
  await rename(temporary, path.join(dir, file))
  return { file, sha }
}

/** The stored bytes, checked against the recorded hash; null when missing or altered. */
export async function readDocumentPdf(file: string, expectedSha: string): Promise<Buffer | null> {
  if (path.basename(file) !== file) return null
  const bytes = await readFile(path.join(documentsDir(), file)).catch(() => null)
  return bytes && sha256(bytes) === expectedSha ? bytes : null
}

export const discardDocumentPdf = (file: string) => rm(path.join(documentsDir(), path.basename(file)), { force: true })

import { createHash, randomUUID } from 'node:crypto'
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { env } from '../env'

/**
 * Where issued PDFs live: a private directory beside the media one (never
 * under Media's staticDir, so no public /api/media/file route serves them) —
 * MEDIA_DIR/../invoices, or .data/invoices. Only GET /api/invoices/:id/pdf
 * reads them, after the collection's read access.
 */
export const invoicePdfDir = (): string =>
  env.mediaDir ? path.join(path.dirname(path.resolve(env.mediaDir)), 'invoices') : path.resolve(process.cwd(), '.data/invoices')

export const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex')

/** Writes the bytes under a name of their own (number + hash prefix), atomically; returns the name and the hash. */
export async function storeInvoicePdf(number: string, bytes: Buffer): Promise<{ file: string; sha: string }> {
  const sha = sha256(bytes)
  const file = `${number.replace(/[^A-Za-z0-9-]/g, '_')}-${sha.slice(0, 12)}.pdf`
  const dir = invoicePdfDir()
  await mkdir(dir, { recursive: true })
  const temporary = path.join(dir, `.${randomUUID()}.tmp`)
  await writeFile(temporary, bytes, { mode: 0o600 })
  await rename(temporary, path.join(dir, file))
  return { file, sha }
}

/** The stored bytes, checked against the hash recorded at issue; null when missing or altered. */
export async function readInvoicePdf(file: string, expectedSha: string): Promise<Buffer | null> {
  if (path.basename(file) !== file) return null
  const bytes = await readFile(path.join(invoicePdfDir(), file)).catch(() => null)
  return bytes && sha256(bytes) === expectedSha ? bytes : null
}

export const discardInvoicePdf = (file: string) => rm(path.join(invoicePdfDir(), path.basename(file)), { force: true })

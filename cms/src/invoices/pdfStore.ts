import { discardPrivateFile, privateDir, readPrivateFile, sha256, writePrivateFile } from '../files/privateFiles'

/**
 * Where issued PDFs live: MEDIA_DIR/../invoices, or .data/invoices (a
 * private directory, files/privateFiles.ts). Only GET /api/invoices/:id/pdf
 * reads them, after the collection's read access.
 */
export const invoicePdfDir = (): string => privateDir('invoices')

/** Writes the bytes under a name of their own (number + hash prefix), atomically; returns the name and the hash. */
export async function storeInvoicePdf(number: string, bytes: Buffer): Promise<{ file: string; sha: string }> {
  const sha = sha256(bytes)
  const file = `${number.replace(/[^A-Za-z0-9-]/g, '_')}-${sha.slice(0, 12)}.pdf`
  await writePrivateFile(invoicePdfDir(), file, bytes)
  return { file, sha }
}

/** The stored bytes, checked against the hash recorded at issue; null when missing or altered. */
export const readInvoicePdf = (file: string, expectedSha: string): Promise<Buffer | null> => readPrivateFile(invoicePdfDir(), file, expectedSha)

export const discardInvoicePdf = (file: string) => discardPrivateFile(invoicePdfDir(), file)

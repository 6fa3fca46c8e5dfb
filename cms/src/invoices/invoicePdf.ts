import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'
import type { Invoice, Media } from '@atlas/shared/payload-types'
import { env } from '../env'
import { renderInvoicePdf } from './pdf/renderInvoicePdf'
import { discardInvoicePdf, readInvoicePdf, storeInvoicePdf } from './pdfStore'

type Drizzle = { drizzle: { execute: (query: unknown) => Promise<{ rows: Record<string, unknown>[] }> } }

const idOf = (value: unknown) => (typeof value === 'object' && value !== null ? (value as { id: number }).id : (value as number | null | undefined))

/** The firm's logo as the snapshot names it: PNG or JPEG bytes from the media directory, or none. */
async function logoBytes(payload: Payload, logo: unknown, req?: PayloadRequest): Promise<Buffer | null> {
  const id = idOf(logo)
  if (!id) return null
  const media = (await payload.findByID({ collection: 'media', id, req, depth: 0, overrideAccess: true, disableErrors: true })) as Media | null
  if (!media?.filename || !['image/png', 'image/jpeg'].includes(media.mimeType ?? '')) return null
  const dir = env.mediaDir || path.resolve(process.cwd(), '.data/media')
  return readFile(path.join(dir, path.basename(media.filename))).catch(() => null)
}

/**
 * The PDF of an issued invoice or credit note, rendered ONCE: the first call
 * (the job queued at issue, or a download that comes first) renders, stores
 * and records it — a conditional UPDATE of `pdf_file`/`pdf_sha256` only while
 * they are null, so two racing renders keep one; every later call reads the
 * stored bytes, checked against the recorded SHA-256. Null for a draft or a
 * missing document; throws when the stored file is gone or altered.
 */
export async function invoicePdf(payload: Payload, id: number | string, req?: PayloadRequest): Promise<{ invoice: Invoice; bytes: Buffer } | null> {
  const invoice = (await payload.findByID({ collection: 'invoices', id, req, depth: 0, overrideAccess: true, disableErrors: true })) as Invoice | null
  if (!invoice || invoice.status !== 'issued' || !invoice.number) return null
  if (invoice.pdfFile && invoice.pdfSha256) {
    const bytes = await readInvoicePdf(invoice.pdfFile, invoice.pdfSha256)
    if (!bytes) throw new Error(`invoice ${invoice.number}: stored PDF ${invoice.pdfFile} is missing or does not match its SHA-256`)
    return { invoice, bytes }
  }
  const creditedId = idOf(invoice.creditedInvoice)
  const credited = creditedId
    ? ((await payload.findByID({ collection: 'invoices', id: creditedId, req, depth: 0, overrideAccess: true, disableErrors: true })) as Invoice | null)
    : null
  const bytes = await renderInvoicePdf({
    invoice,
    credited: credited?.number && credited.issuedAt ? { number: credited.number, issuedAt: credited.issuedAt } : null,
    logo: await logoBytes(payload, invoice.seller?.logo, req),
  })
  const { file, sha } = await storeInvoicePdf(invoice.number, bytes)
  const { rows } = await (payload.db as unknown as Drizzle).drizzle.execute(
    sql`update invoices set pdf_file = ${file}, pdf_sha256 = ${sha} where id = ${Number(invoice.id)} and pdf_sha256 is null returning id`,
  )
  if (rows.length === 0) {
    // Another render was recorded first: keep that one.
    await discardInvoicePdf(file)
    return invoicePdf(payload, id, req)
  }
  return { invoice: { ...invoice, pdfFile: file, pdfSha256: sha }, bytes }
}

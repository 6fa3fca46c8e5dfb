import type { Endpoint } from 'payload'
import { downloadName, type DocumentKind } from '@atlas/shared/documents'
import type { ClientDocument } from '@atlas/shared/payload-types'
import { readDocumentPdf } from '../store'
import { documentRefusal, routeId } from './answers'

/**
 * GET /api/client-documents/:id/pdf — the stored PDF of a ready version,
 * for whom the row's read access lets see it (the investor, their advisor,
 * admins); `?copy=signed` — the signed copy (original pages + signature
 * page), 404 until signed. Bytes are served only when they match the
 * SHA-256 recorded on the row (`sha256`, or `signature.signedCopySha256`).
 * 404 for anyone else and for unknown ids — the same answer, so nobody
 * learns which documents exist; 409 while it is being prepared.
 */
export const documentPdfEndpoint: Endpoint = {
  path: '/:id/pdf',
  method: 'get',
  handler: async (req) => {
    const id = routeId(req)
    const visible =
      id && req.user
        ? await req.payload.findByID({ collection: 'client-documents', id, req, depth: 0, overrideAccess: false, disableErrors: true, select: { status: true } })
        : null
    if (!id || !visible) return documentRefusal(req, 404, 'documents.errors.notFound')
    // The file names are hidden from readers (field access): read them as the server.
    const doc = (await req.payload.findByID({ collection: 'client-documents', id, req, depth: 0, overrideAccess: true })) as ClientDocument
    const signed = new URL(req.url ?? 'http://x/').searchParams.get('copy') === 'signed'
    const signature = doc.signature as { signedAt?: string | null; signedCopySha256?: string | null } | null
    if (signed && (!signature?.signedAt || !doc.signedFile || !signature.signedCopySha256)) return documentRefusal(req, 404, 'documents.errors.notSigned')
    if (!signed && (doc.status !== 'ready' || !doc.file || !doc.sha256)) return documentRefusal(req, 409, 'documents.errors.notReady')
    const bytes = signed ? await readDocumentPdf(doc.signedFile!, signature!.signedCopySha256!) : await readDocumentPdf(doc.file!, doc.sha256!)
    if (!bytes) {
      req.payload.logger.error(`[documents] client document ${id}: the stored ${signed ? 'signed copy' : 'PDF'} is missing or does not match its SHA-256`)
      return documentRefusal(req, 500, 'documents.errors.fileMissing')
    }
    return new Response(new Uint8Array(bytes), {
      status: 200,
      headers: {
        'content-type': 'application/pdf',
        'content-disposition': `attachment; filename="${downloadName(doc.kind as DocumentKind, doc.version, signed)}"`,
        'content-length': String(bytes.length),
        'cache-control': 'private, no-store',
        'x-content-type-options': 'nosniff',
      },
    })
  },
}

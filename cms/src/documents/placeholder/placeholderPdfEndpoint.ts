// PLACEHOLDER (engineer 5, doc-sign) — NOT FOR MERGE: core's GET /api/client-documents/:id/pdf, as the contract states
// it, so web's resource route can be tested before core lands.
import type { Endpoint } from 'payload'
import { readDocumentPdf } from '../store'

export const placeholderPdfEndpoint: Endpoint = {
  path: '/:id/pdf',
  method: 'get',
  handler: async (req) => {
    const id = Number(req.routeParams?.id)
    const visible = req.user && Number.isSafeInteger(id)
      ? await req.payload.findByID({ collection: 'client-documents', id, req, depth: 0, overrideAccess: false, disableErrors: true })
      : null
    const row = visible ? await req.payload.findByID({ collection: 'client-documents', id, depth: 0, overrideAccess: true, req }) : null
    const signed = new URL(req.url ?? 'http://x').searchParams.get('copy') === 'signed'
    const file = signed ? row?.signedFile : row?.file
    const sha = signed ? row?.signature?.signedCopySha256 : row?.sha256
    const bytes = file && sha ? await readDocumentPdf(file, sha) : null
    if (!row || !bytes) return Response.json({ errors: [{ message: 'Not found' }] }, { status: 404 })
    return new Response(new Uint8Array(bytes), {
      headers: {
        'content-type': 'application/pdf',
        'content-disposition': `attachment; filename="${row.kind}-v${row.version}${signed ? '-signe' : ''}.pdf"`,
        'cache-control': 'private, no-store',
      },
    })
  },
}

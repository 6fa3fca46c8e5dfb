import { createElement as h } from 'react'
import { Text } from '@react-pdf/renderer'
import type { DocumentKind } from '@atlas/shared/documents/kinds'
import { BrandedPage, CoverPage, DocumentFrame } from '../../cms/src/documents/pdf/DocumentFrame'
import { loadBranding } from '../../cms/src/documents/pdf/firmBranding'
import { renderPdf } from '../../cms/src/documents/pdf/renderPdf'
import { storeDocumentPdf } from '../../cms/src/documents/store'
import { testPayload } from './payload'

const TITLES: Record<DocumentKind, string> = {
  bilan: 'Bilan patrimonial',
  adequation: 'Rapport d’adéquation',
  der: 'Document d’entrée en relation',
  lettreMission: 'Lettre de mission',
}

/**
 * A generated document as core's job leaves it (status ready, PDF stored
 * privately, its SHA-256 recorded), written through the Local API with the
 * job's context (created queued, moved to rendering, then ready): a cover
 * and one page saying `body`. Signature tests need documents without the
 * job's renderers (they belong to other parts); the e2e uses the real
 * generate endpoint.
 */
export async function readyDocument(investorId: number, kind: DocumentKind = 'lettreMission', options: { body?: string; status?: 'ready' | 'rendering'; version?: number } = {}) {
  const payload = await testPayload()
  const title = `${TITLES[kind]} — version ${options.version ?? 1}`
  const branding = await loadBranding(payload, investorId)
  const common = { branding, title, locale: 'fr' as const }
  const { bytes, pageCount } = await renderPdf(
    h(
      DocumentFrame,
      common,
      h(CoverPage, { ...common, date: new Date() }),
      h(BrandedPage, common, h(Text, null, options.body ?? 'Honoraires forfaitaires : 1 200 € par an.')),
    ) as never,
  )
  const job = { overrideAccess: true, context: { documentJob: true } } as const
  const created = await payload.create({
    collection: 'client-documents',
    ...job,
    data: { investor: investorId, kind, version: options.version ?? 1, title } as never,
  })
  const id = created.id as number
  await payload.update({ collection: 'client-documents', id, ...job, data: { status: 'rendering', progress: 40 } as never })
  const { file, sha256: sha } = await storeDocumentPdf({ id, version: options.version ?? 1, kind }, bytes)
  if ((options.status ?? 'ready') === 'ready') {
    await payload.update({
      collection: 'client-documents',
      id,
      ...job,
      data: { status: 'ready', progress: 100, file, sha256: sha, byteSize: bytes.length, pageCount, readyAt: new Date().toISOString() } as never,
    })
  }
  return { id, title, bytes, sha, pageCount }
}

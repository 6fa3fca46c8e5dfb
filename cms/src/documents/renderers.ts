import type { Payload, PayloadRequest } from 'payload'
import type { DocumentKind } from '@atlas/shared/documents'
import { adequationPreflight, renderAdequation } from './adequation'
import { bilanPreflight, renderBilan } from './bilan'
import { renderDer, renderLettreMission, templatePreflight } from './templates'

export type RenderContext = {
  payload: Payload
  req: PayloadRequest // the job's req (overrideAccess reads are fine inside renderers)
  investorId: number
  documentId: number
  locale: 'fr' | 'en' // the investor's locale (documents default to French)
  /** Reports progress to the person who asked (0–100, an i18n key `documents.stage.*`). */
  progress: (pct: number, stage: string) => Promise<void>
}
export type Rendered = {
  bytes: Buffer
  pageCount: number
  /** What the document was made from, recorded on the client-documents row. */
  source?: { recommendation?: number; template?: number; templateVersion?: number }
}
export type DocumentRenderer = (ctx: RenderContext) => Promise<Rendered>
/** Checked by the generate endpoint BEFORE queueing: null = fine, else a refusal shown at the field `kind`. */
export type Preflight = (payload: Payload, investorId: number, req: PayloadRequest) => Promise<null | { status: 400 | 403 | 409; messageKey: string }>

/**
 * Each kind's renderer (run by the renderClientDocument job) and preflight
 * (run by POST /api/client-documents/generate before anything is queued).
 * The modules are their owners' (bilan, adequation, templates).
 */
export const DOCUMENT_RENDERERS: Record<DocumentKind, { render: DocumentRenderer; preflight: Preflight }> = {
  bilan: { render: renderBilan, preflight: bilanPreflight },
  adequation: { render: renderAdequation, preflight: adequationPreflight },
  der: { render: renderDer, preflight: templatePreflight('der') },
  lettreMission: { render: renderLettreMission, preflight: templatePreflight('lettreMission') },
}

// PLACEHOLDER — engineer 1 (core) owns this file (contract of issue #14, "Renderers"); their version wins at merge.
// Only the contract's types, so that the bilan's renderer typechecks in this branch.
import type { Payload, PayloadRequest } from 'payload'

export type RenderContext = {
  payload: Payload
  req: PayloadRequest
  investorId: number
  documentId: number
  locale: 'fr' | 'en'
  progress: (pct: number, stage: string) => Promise<void>
}
export type Rendered = {
  bytes: Buffer
  pageCount: number
  source?: { recommendation?: number; template?: number; templateVersion?: number }
}
export type DocumentRenderer = (ctx: RenderContext) => Promise<Rendered>
export type Preflight = (payload: Payload, investorId: number, req: PayloadRequest) => Promise<null | { status: 400 | 403 | 409; messageKey: string }>

import { createElement } from 'react'
import type { DocumentProps } from '@react-pdf/renderer'
import type { ReactElement } from 'react'
import { loadBranding } from '../pdf/firmBranding'
import { renderPdf } from '../pdf/renderPdf'
import type { DocumentRenderer, Preflight, RenderContext } from '../renderers'
import { currentTemplate, type TemplateKind } from './currentTemplate'
import { placeholderValues } from './placeholderValues'
import { TemplatePdf } from './TemplatePdf'

/*
 * The DER and the lettre de mission (docs/decisions/041-document-templates.md):
 * the kind's current template (latest published), its merge fields filled
 * from the firm, the advisor, the investor and their plan, in the frame
 * every client document shares, closed by « Fait à …, le … » and a box per
 * party. The signature itself is the signed copy's (decision 042). The row
 * records which template and which of its versions it was made from.
 */

/** Thrown when the template disappeared between the preflight and the job (the job records the failure). */
export class NoPublishedTemplate extends Error {
  readonly messageKey = 'documents.templates.noTemplate'
  constructor(kind: TemplateKind) {
    super(`no published ${kind} template`)
  }
}

const renderFromTemplate =
  (kind: TemplateKind): DocumentRenderer =>
  async ({ payload, req, investorId, locale, progress }: RenderContext) => {
    await progress(10, 'documents.templates.stage.data')
    const template = await currentTemplate(payload, kind, req)
    if (!template) throw new NoPublishedTemplate(kind)
    const now = new Date()
    const branding = await loadBranding(payload, investorId, req)
    const values = await placeholderValues(payload, branding, locale, now, req)
    await progress(40, 'documents.templates.stage.pdf')
    const element = createElement(TemplatePdf, { branding, template, values, locale, date: now, cover: kind === 'lettreMission' })
    const { bytes, pageCount } = await renderPdf(element as unknown as ReactElement<DocumentProps>)
    return { bytes, pageCount, source: { template: template.id, templateVersion: template.version ?? 0 } }
  }

export const renderDer: DocumentRenderer = renderFromTemplate('der')
export const renderLettreMission: DocumentRenderer = renderFromTemplate('lettreMission')

/** Before queueing: a kind without a published template is refused at `kind` (409). */
export const templatePreflight =
  (kind: 'der' | 'lettreMission'): Preflight =>
  async (payload, _investorId, req) =>
    (await currentTemplate(payload, kind, req)) ? null : { status: 409, messageKey: 'documents.templates.noTemplate' }

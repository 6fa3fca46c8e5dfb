// PLACEHOLDER: a throw-away one-page document for core's tests; removed at merge with the three placeholder renderers.
// React in scope: vitest compiles this JSX with the classic runtime (Next uses the automatic one).
import React from 'react'
import { Text } from '@react-pdf/renderer'
import { translate } from '@atlas/shared/i18n'
import type { DocumentKind } from '@atlas/shared/documents'
import { BrandedPage, CoverPage, DocumentFrame } from '../pdf/DocumentFrame'
import { loadBranding } from '../pdf/firmBranding'
import { renderPdf } from '../pdf/renderPdf'
import type { DocumentRenderer } from '../renderers'

/** A cover and one page naming the kind and the document id — enough to test generation, storage and download. */
export const onePageRenderer =
  (kind: DocumentKind): DocumentRenderer =>
  async (ctx) => {
    await ctx.progress(10, 'documents.stage.loading')
    const branding = await loadBranding(ctx.payload, ctx.investorId, ctx.req)
    await ctx.progress(50, 'documents.stage.layout')
    const title = translate(ctx.locale, `documents.kind.${kind}`)
    const { bytes, pageCount } = await renderPdf(
      <DocumentFrame branding={branding} title={title} locale={ctx.locale}>
        <CoverPage branding={branding} title={title} date={new Date()} locale={ctx.locale} />
        <BrandedPage branding={branding} title={title} locale={ctx.locale}>
          <Text>{`${title} n° ${ctx.documentId}`}</Text>
        </BrandedPage>
      </DocumentFrame>,
    )
    return { bytes, pageCount }
  }

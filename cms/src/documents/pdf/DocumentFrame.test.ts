import { createElement as h } from 'react'
import { Text } from '@react-pdf/renderer'
import { describe, expect, it } from 'vitest'
import { pdfText as readPdfText } from '../../../../tests/support/pdfText'
import { BrandedPage, CoverPage, DocumentFrame } from './DocumentFrame'
import { exampleBranding } from './exampleBranding'
import { renderPdf } from './renderPdf'

const branding = exampleBranding('Camille Durand')

describe('the client documents’ frame', () => {
  it('prints the cover (firm, client, advisor, date, ORIAS) and numbers every page', async () => {
    const common = { branding, title: 'Bilan patrimonial', locale: 'fr' as const }
    const { bytes, pageCount } = await renderPdf(
      h(
        DocumentFrame,
        common,
        h(CoverPage, { ...common, date: new Date('2026-12-04T10:00:00Z') }),
        h(BrandedPage, common, h(Text, null, 'Contenu')),
      ) as never,
    )
    expect(pageCount).toBe(2)
    const text = await readPdfText(bytes)
    expect(text).toContain('Camille Durand')
    expect(text).toContain('Paul Conseil')
    expect(text).toContain('4 décembre 2026')
    expect(text).toContain('ORIAS n° 12345678')
    expect(text).toContain('Page 2 / 2')
  })
})

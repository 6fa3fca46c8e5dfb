import { createElement as h } from 'react'
import { Text } from '@react-pdf/renderer'
import { describe, expect, it } from 'vitest'
import { pdfText as readPdfText } from '../../../../tests/support/pdfText'
import { BrandedPage, CoverPage, DocumentFrame } from './DocumentFrame'
import type { Branding } from './firmBranding'
import { renderPdf } from './renderPdf'

const branding: Branding = {
  firm: {
    id: 1,
    legalName: 'Atlas Patrimoine',
    legalForm: 'SAS',
    capitalCents: 1_000_000,
    siren: '123456789',
    rcsCity: 'Paris',
    address: { street: '12 rue de la Paix', postcode: '75002', city: 'Paris' },
    email: 'contact@atlas.example',
    orias: { number: '12345678', categories: ['cif'] },
    cifAssociation: 'la CNCEF Patrimoine',
    insurance: { insurer: 'MMA', policyNumber: 'RC-1' },
    mediator: { name: 'Médiateur de l’AMF' },
    dpo: { name: 'DPO', email: 'dpo@atlas.example' },
    publicationDirector: 'Jeanne Martin',
    host: { name: 'Hébergeur', address: 'Paris' },
  },
  logo: null,
  investor: { id: 7, name: 'Camille Durand', email: 'camille@example.com', phone: null, locale: 'fr' },
  advisor: { id: 3, name: 'Paul Conseil', email: 'paul@atlas.example', phone: null },
}

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

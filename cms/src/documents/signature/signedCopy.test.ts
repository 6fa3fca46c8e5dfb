import { createElement as h } from 'react'
import { Text } from '@react-pdf/renderer'
import { extractText, getDocumentProxy } from 'unpdf'
import { describe, expect, it } from 'vitest'
import { pdfText } from '../../../../tests/support/pdfText'
import { BrandedPage, CoverPage, DocumentFrame } from '../pdf/DocumentFrame'
import type { Branding } from '../pdf/firmBranding'
import { renderPdf } from '../pdf/renderPdf'
import { signedCopyOf } from './signedCopy'

const branding: Branding = {
  firm: null,
  logo: null,
  investor: { id: 7, name: 'Camille Durand', email: 'camille@example.com', phone: null, locale: 'fr' },
  advisor: { id: 3, name: 'Paul Conseil', email: 'paul@atlas.example', phone: null },
}

const pagesOf = async (bytes: Uint8Array) => (await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: false })).text

describe('the signed copy of a document', () => {
  it('keeps the original pages as they were and adds a numbered signature page with the evidence', async () => {
    const common = { branding, title: 'Lettre de mission — version 1', locale: 'fr' as const }
    const original = await renderPdf(
      h(DocumentFrame, common, h(CoverPage, { ...common, date: new Date('2026-12-04T10:00:00Z') }), h(BrandedPage, common, h(Text, null, 'Honoraires : 1 200 € par an'))) as never,
    )
    const signedAt = '2026-12-04T21:18:06.000Z'
    const copy = await signedCopyOf(original.bytes, {
      branding,
      locale: 'fr',
      document: { title: common.title, version: 1, pageCount: original.pageCount },
      evidence: {
        signedAt,
        signerName: 'camille durand',
        method: 'password',
        ip: '203.0.113.7',
        userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/131',
        signedSha256: 'ab'.repeat(32),
      },
    })
    expect(copy.pageCount).toBe(3)
    const [before, after] = [await pagesOf(original.bytes), await pagesOf(copy.bytes)]
    expect(after).toHaveLength(3)
    expect(after.slice(0, 2)).toEqual(before)
    const text = await pdfText(copy.bytes)
    expect(text).toContain('Page de signature')
    expect(text).toContain('camille durand')
    expect(text).toContain('4 décembre 2026 à 22:18:06')
    expect(text).toContain('Mot de passe du compte')
    expect(text).toContain('203.0.113.7')
    expect(text).toContain('Chrome/131')
    expect(text).toContain('ab'.repeat(32))
    expect(text).toContain('J’ai lu l’intégralité de ce document')
    expect(text).toContain('Page 3 / 3')
    expect(text).toContain('Honoraires : 1 200 € par an')
  })
})

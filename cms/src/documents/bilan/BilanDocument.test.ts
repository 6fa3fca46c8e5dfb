import { writeFile } from 'node:fs/promises'
import { createElement as h } from 'react'
import { describe, expect, it } from 'vitest'
import { pdfText as readPdfText } from '../../../../tests/support/pdfText'
import { exampleBranding } from '../pdf/exampleBranding'
import { renderPdf } from '../pdf/renderPdf'
import { BilanDocument } from './BilanDocument'
import { BILAN_NOW, bilanInput } from './bilanFixture'
import { bilanModel } from './model'

const branding = exampleBranding()

const text = (value: string, format = 0) => ({ type: 'text', text: value, format, detail: 0, mode: 'normal', style: '', version: 1 })
const comment = {
  root: {
    type: 'root',
    children: [
      { type: 'heading', tag: 'h2', children: [text('Synthèse')] },
      { type: 'paragraph', children: [text('Votre épargne de précaution est '), text('suffisante', 1), text(' ; la transmission reste à organiser.', 2)] },
      { type: 'list', listType: 'bullet', children: [{ type: 'listitem', children: [text('Ouvrir un second contrat d’assurance-vie')] }, { type: 'listitem', children: [text('Revoir la clause bénéficiaire')] }] },
    ],
  },
}

const render = async (locale: 'fr' | 'en') => {
  const model = bilanModel({ ...bilanInput(), comment })
  return renderPdf(h(BilanDocument, { model, branding, locale, now: BILAN_NOW }) as never)
}

describe('the bilan patrimonial PDF', () => {
  it('prints the key figures of a realistic investor, in French', async () => {
    const { bytes, pageCount } = await render('fr')
    if (process.env.BILAN_PDF_OUT) await writeFile(process.env.BILAN_PDF_OUT, bytes)
    expect(pageCount).toBeGreaterThanOrEqual(4)
    const pdf = (await readPdfText(bytes)).replace(/\s+/g, ' ')
    // Cover: firm, ORIAS, client, advisor, date.
    for (const expected of ['Bilan patrimonial', 'Atlas Patrimoine', 'ORIAS n° 12345678', 'Hélène Morvan', 'Paul Conseil', '4 décembre 2026']) expect(pdf).toContain(expected)
    // Situation (option labels, age).
    expect(pdf).toContain('66 ans')
    // Gross, debts, net (model.test.ts has the sums).
    expect(pdf).toContain('1 905 000,00 €')
    expect(pdf).toContain('30 000,00 €')
    expect(pdf).toContain('1 875 000,00 €')
    // By availability.
    expect(pdf).toContain('Disponible sous conditions')
    expect(pdf).toContain('1 730 000,00 €')
    // Art. 669: full 400 000 €, economic 160 000 €, and which the totals use.
    expect(pdf).toContain('usufruit (40 %, 66 ans)')
    expect(pdf).toContain('160 000,00 €')
    expect(pdf).toContain('Les totaux du bilan retiennent la valeur en pleine propriété.')
    // IFI: net taxable 1 310 000 €, gross 2 570 €, décote 1 125 €, net 1 445 €, the dated scale.
    for (const expected of ['1 310 000,00 €', '2 570,00 €', '1 125,00 €', '1 445,00 €', '17 500,00 € – 1,25 %', 'Barème en vigueur au 1 janvier 2018', '1,25 %']) expect(pdf).toContain(expected)
    // Emergency fund: 25 000 € → 5 months.
    expect(pdf).toContain('5 mois de charges')
    // Budget, debt ratio, goals, risk.
    expect(pdf).toContain('18,8 %')
    expect(pdf).toContain('Travaux de toiture')
    expect(pdf).toContain('1 000,00 €')
    expect(pdf).toContain('Profil 4 / 7')
    // The advisor's comment, rich text.
    expect(pdf).toContain('Synthèse')
    expect(pdf).toContain('Revoir la clause bénéficiaire')
    // Chart labels (vector chart, text laid over it).
    expect(pdf).toContain('2,0 M€')
    expect(pdf).toContain('déc. 26')
  })

  it('speaks English for an English-speaking investor', async () => {
    const pdf = (await readPdfText((await render('en')).bytes)).replace(/\s+/g, ' ')
    expect(pdf).toContain('Wealth review')
    expect(pdf).toContain('Available under conditions')
    expect(pdf).toContain('€1,905,000.00')
  })
})

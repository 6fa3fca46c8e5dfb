import { createElement as h } from 'react'
import { Document, Page } from '@react-pdf/renderer'
import { describe, expect, it } from 'vitest'
import { pdfText as readPdfText } from '../../../../tests/support/pdfText'
import { renderPdf } from '../pdf/renderPdf'
import { LexicalPdf } from './lexicalToPdf'

const text = (value: string, format = 0) => ({ type: 'text', text: value, format, detail: 0, mode: 'normal', style: '', version: 1 })
const para = (...children: unknown[]) => ({ type: 'paragraph', children, format: '', indent: 0, version: 1 })
const heading = (tag: string, value: string) => ({ type: 'heading', tag, children: [text(value)], format: '', indent: 0, version: 1 })
const item = (...children: unknown[]) => ({ type: 'listitem', value: 1, children, format: '', indent: 0, version: 1 })
const list = (listType: 'bullet' | 'number', ...children: unknown[]) => ({ type: 'list', listType, tag: listType === 'number' ? 'ol' : 'ul', start: 1, children, version: 1 })
const state = (...children: unknown[]) => ({ root: { type: 'root', children, format: '', indent: 0, version: 1 } })

async function render(editorState: unknown, substitute?: (text: string) => string) {
  const { bytes } = await renderPdf(h(Document, null, h(Page, { size: 'A4' }, h(LexicalPdf, { state: editorState, locale: 'fr', substitute }))) as never)
  return { bytes, text: await readPdfText(bytes), raw: bytes.toString('latin1') }
}

describe('a Lexical editor state printed in a PDF', () => {
  it('prints headings h1–h4, paragraphs, quotes, line breaks and the text of unknown nodes', async () => {
    const { text: pdf } = await render(
      state(
        heading('h1', 'Titre principal'),
        heading('h2', 'Article 1'),
        heading('h3', 'Sous-partie'),
        heading('h4', 'Détail'),
        para(text('Première ligne'), { type: 'linebreak', version: 1 }, text('deuxième ligne')),
        { type: 'quote', children: [text('Une citation')], format: '', indent: 0, version: 1 },
        { type: 'horizontalrule', version: 1 },
        { type: 'mystery-block', children: [para(text('Texte inconnu conservé'))] },
        { type: 'upload', value: 3 },
        para(),
      ),
    )
    for (const expected of ['Titre principal', 'Article 1', 'Sous-partie', 'Détail', 'Première ligne', 'deuxième ligne', 'Une citation', 'Texte inconnu conservé']) {
      expect(pdf).toContain(expected)
    }
  })

  it('draws bold, italic, bold italic, underline and strikethrough with Helvetica’s faces and decorations', async () => {
    const { text: pdf, raw } = await render(state(para(text('gras ', 1), text('italique ', 2), text('les deux ', 3), text('souligné ', 8), text('barré', 4))))
    expect(pdf).toContain('gras italique les deux souligné barré')
    expect(raw).toContain('/Helvetica-Bold')
    expect(raw).toContain('/Helvetica-Oblique')
    expect(raw).toContain('/Helvetica-BoldOblique')
  })

  it('numbers ordered lists, bullets unordered ones and indents a nested list under its item', async () => {
    const { text: pdf } = await render(
      state(
        list('number', item(text('Premier')), item(text('Deuxième')), item(list('bullet', item(text('Imbriqué A')), item(text('Imbriqué B')))), item(text('Troisième'))),
        list('bullet', item(text('Puce'))),
      ),
    )
    // The marker is its own column: the text layer reads "1.Premier"; a nested list takes the next bullet ("–").
    expect(pdf).toContain('1.Premier 2.Deuxième – Imbriqué A – Imbriqué B 3.Troisième')
    expect(pdf).toContain('• Puce')
  })

  it('prints a link’s text then its URL (a printed page cannot be clicked), and an annotation for the PDF reader', async () => {
    const { text: pdf, raw } = await render(
      state(
        para(text('Voir '), { type: 'link', fields: { url: 'https://www.orias.fr', linkType: 'custom', newTab: true }, children: [text('le registre')], version: 3 }),
        para({ type: 'autolink', fields: { url: 'https://www.amf-france.org' }, children: [text('https://www.amf-france.org')], version: 2 }),
      ),
    )
    expect(pdf).toContain('Voir le registre (https://www.orias.fr)')
    expect(pdf).toContain('https://www.amf-france.org')
    expect(pdf).not.toContain('https://www.amf-france.org (https://www.amf-france.org)')
    expect(raw).toContain('/URI (https://www.orias.fr)')
  })

  it('never cuts a word: a long URL or e-mail address at the end of a line stays whole (no English hyphenation of French)', async () => {
    const long = 'Écrivez au médiateur de la consommation, dont le site est https://mediateur-de-la-consommation.exemple, ou à reclamations@atlas-patrimoine.exemple.'
    const { text: pdf } = await render(state(para(text(long)), para(text('Constitutionnellement, anticonstitutionnellement, irrémédiablement, incontestablement, indubitablement.'))))
    expect(pdf).toContain('https://mediateur-de-la-consommation.exemple')
    expect(pdf).toContain('reclamations@atlas-patrimoine.exemple')
    expect(pdf).not.toMatch(/\w- \w/)
  })

  it('applies substitute to every text run, in headings, lists and links too', async () => {
    const { text: pdf } = await render(
      state(
        heading('h2', 'Cabinet {{x}}'),
        para(text('Client : '), text('{{x}}', 1)),
        list('bullet', item(text('Puce {{x}}'))),
        para({ type: 'link', fields: { url: 'https://example.com' }, children: [text('lien {{x}}')] }),
      ),
      (value) => value.replaceAll('{{x}}', 'Atlas'),
    )
    expect(pdf).not.toContain('{{')
    expect(pdf).toContain('Cabinet Atlas')
    expect(pdf).toContain('Client : Atlas')
    expect(pdf).toContain('Puce Atlas')
    expect(pdf).toContain('lien Atlas')
  })

  it('prints nothing, without failing, for an empty or malformed state', async () => {
    for (const bad of [null, undefined, {}, { root: null }, 'texte', { root: { children: 'x' } }]) {
      const { bytes } = await render(bad)
      expect(bytes.length).toBeGreaterThan(0)
    }
  })
})

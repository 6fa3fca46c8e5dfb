import { describe, expect, it } from 'vitest'
import { answerBlocks, inlineOf } from './answerText'

describe('answerBlocks', () => {
  it('splits paragraphs, lists and headings, with bold runs', () => {
    expect(answerBlocks('# Titre\nUn **mot** fort.\nSuite.\n\n- un\n- **deux**\n1. premier')).toEqual([
      { kind: 'heading', inline: [{ text: 'Titre', bold: false }] },
      { kind: 'paragraph', lines: [[{ text: 'Un ', bold: false }, { text: 'mot', bold: true }, { text: ' fort.', bold: false }], [{ text: 'Suite.', bold: false }]] },
      { kind: 'list', ordered: false, items: [[{ text: 'un', bold: false }], [{ text: 'deux', bold: true }]] },
      { kind: 'list', ordered: true, items: [[{ text: 'premier', bold: false }]] },
    ])
  })

  it('keeps HTML as text (rendered escaped by React)', () => {
    expect(answerBlocks('<img src=x onerror=alert(1)>')).toEqual([
      { kind: 'paragraph', lines: [[{ text: '<img src=x onerror=alert(1)>', bold: false }]] },
    ])
  })

  it('leaves an unmatched ** as text', () => {
    expect(inlineOf('a ** b')).toEqual([{ text: 'a ** b', bold: false }])
  })
})

import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { LexicalContent } from './LexicalContent'

const text = (value: string, format = 0) => ({ type: 'text', text: value, format })
const render = (children: unknown[]) =>
  renderToStaticMarkup(createElement(LexicalContent, { value: { root: { type: 'root', children } }, mediaBase: 'https://cms.example' }))

describe('LexicalContent renders editor content as React, never as HTML', () => {
  it('escapes markup typed by an editor', () => {
    const html = render([{ type: 'paragraph', children: [text('<script>alert(1)</script><img src=x onerror=alert(2)>')] }])
    expect(html).toBe('<div class="rich-text"><p><span>&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;</span></p></div>')
  })

  it('keeps http(s) links, drops javascript: ones to plain text', () => {
    const html = render([
      { type: 'paragraph', children: [
        { type: 'link', fields: { url: 'https://www.amf-france.org', newTab: true }, children: [text('AMF')] },
        { type: 'link', fields: { url: 'javascript:alert(1)' }, children: [text('piège')] },
      ] },
    ])
    expect(html).toContain('<a href="https://www.amf-france.org" target="_blank" rel="noopener noreferrer"><span>AMF</span></a>')
    expect(html).not.toContain('javascript:')
    expect(html).toContain('<span><span>piège</span></span>')
  })

  it('renders headings (h1 demoted to h2), lists, quotes as callouts, bold and uploaded images', () => {
    const html = render([
      { type: 'heading', tag: 'h1', children: [text('Titre')] },
      { type: 'list', listType: 'number', children: [{ type: 'listitem', children: [text('Un', 1)] }] },
      { type: 'quote', children: [text('À retenir')] },
      { type: 'upload', value: { url: '/api/media/file/a.png', alt: 'Graphique', mimeType: 'image/png' } },
    ])
    expect(html).toContain('<h2><span>Titre</span></h2>')
    expect(html).toContain('<ol><li><span><strong>Un</strong></span></li></ol>')
    expect(html).toContain('<blockquote class="callout"><span>À retenir</span></blockquote>')
    expect(html).toContain('src="https://cms.example/api/media/file/a.png" alt="Graphique"')
  })
})

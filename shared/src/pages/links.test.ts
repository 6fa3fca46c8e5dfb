import { describe, expect, it } from 'vitest'
import { isExternalLinkTarget, isSafeLinkTarget } from './links'
import { absoluteUrl, pagePath } from './paths'

describe('isSafeLinkTarget', () => {
  it.each(['/inscription', '/#etapes', '/tarifs?offre=essentiel', '#faq', 'https://www.amf-france.org/fr', 'mailto:bonjour@atlas.example'])(
    'accepts %s',
    (href) => expect(isSafeLinkTarget(href)).toBe(true),
  )
  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    '//evil.example/path',
    '/\\evil.example',
    'http://example.com',
    'data:text/html,<script>',
    'tarifs',
    '#',
    ' /tarifs',
    '/ta rifs',
    'mailto:',
    '',
    42,
    null,
  ])('refuses %s', (href) => expect(isSafeLinkTarget(href)).toBe(false))

  it('tells external targets from site paths', () => {
    expect(isExternalLinkTarget('https://www.cnil.fr')).toBe(true)
    expect(isExternalLinkTarget('mailto:dpo@atlas.example')).toBe(true)
    expect(isExternalLinkTarget('/contact')).toBe(false)
  })
})

describe('pagePath', () => {
  it('serves the home page at / and others at /<slug>', () => {
    expect(pagePath('accueil')).toBe('/')
    expect(pagePath('tarifs')).toBe('/tarifs')
    expect(absoluteUrl('https://atlas.example/', '/tarifs')).toBe('https://atlas.example/tarifs')
    expect(absoluteUrl('https://atlas.example', '/')).toBe('https://atlas.example/')
  })
})

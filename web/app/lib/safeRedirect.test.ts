import { describe, expect, it } from 'vitest'
import { safeRedirect } from './safeRedirect'

describe('safeRedirect', () => {
  it.each(['/portail', '/portail?tab=actifs', '/connexion#top'])('keeps the local path %j', (to) => {
    expect(safeRedirect(to)).toBe(to)
  })

  it.each([
    'https://evil.example/',
    '//evil.example',
    '/\\evil.example',
    'javascript:alert(1)',
    'portail',
    '/\tevil',
    '/foo\\bar',
    '',
    null,
    undefined,
    42,
  ])('replaces %j by the fallback', (to) => {
    expect(safeRedirect(to)).toBe('/portail')
    expect(safeRedirect(to, '/')).toBe('/')
  })
})

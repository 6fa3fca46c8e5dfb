import { describe, expect, it } from 'vitest'
import { slugify, uniqueSlug } from './slugify'

describe('slugify', () => {
  it.each([
    ['Qu’est-ce qu’une obligation ?', 'qu-est-ce-qu-une-obligation'],
    ['Épargne réglementée & fonds euros', 'epargne-reglementee-fonds-euros'],
    ['Les SCPI : œuvre de l’été', 'les-scpi-oeuvre-de-l-ete'],
    ['  Ça coûte 12 €  ', 'ca-coute-12'],
    ['Noël à Besançon', 'noel-a-besancon'],
  ])('turns %s into %s', (title, slug) => expect(slugify(title)).toBe(slug))

  it('gives nothing for a title without letters or digits', () => expect(slugify('— ? !')).toBe(''))

  it('cuts a long title at a dash', () => {
    const slug = slugify('une très longue formation sur les obligations et les actions', 20)
    expect(slug.length).toBeLessThanOrEqual(20)
    expect(slug).toBe('une-tres-longue')
  })
})

describe('uniqueSlug', () => {
  it('keeps a free slug and numbers a taken one', () => {
    expect(uniqueSlug('quiz', new Set(['intro']))).toBe('quiz')
    expect(uniqueSlug('quiz', new Set(['quiz', 'quiz-2']))).toBe('quiz-3')
  })
})

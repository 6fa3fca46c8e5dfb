import { describe, expect, it } from 'vitest'
import { fr } from '../../i18n/messages.fr'
import { en } from '../../i18n/messages.en'
import { PRODUCT_CLASSES } from '../productClasses'
import { KNOWLEDGE_FAMILIES, familyOfClass, knowledgeFamily } from './knowledgeFamilies'

describe('knowledge families', () => {
  it('hold every product class exactly once', () => {
    const classes = KNOWLEDGE_FAMILIES.flatMap((family) => family.classes)
    expect([...classes].sort()).toEqual([...PRODUCT_CLASSES].sort())
  })

  it('give each family a title and each product a one-line explanation, in French and English', () => {
    const catalogues = [fr, en] as Record<string, string>[]
    for (const messages of catalogues) {
      for (const family of KNOWLEDGE_FAMILIES) expect(messages[`questionnaire.family.${family.slug}`]).toBeTruthy()
      for (const productClass of PRODUCT_CLASSES) {
        const line = messages[`profile.productClass.${productClass}.explain`]
        expect(line).toBeTruthy()
        expect(line).not.toContain('\n')
      }
    }
  })

  it('fall back to the first family for an unknown slug', () => {
    expect(knowledgeFamily('inconnue').slug).toBe('epargne')
    expect(familyOfClass('scpi').slug).toBe('immobilier-non-cote')
  })
})

import { describe, expect, it } from 'vitest'
import {
  PRODUCT_CLASSES,
  PRODUCT_CLASS_LABELS,
  hasTradedAny,
  isProductClass,
  knowsAny,
} from './productClasses'

describe('product classes', () => {
  it('lists the ten classes of the questionnaire, each labelled', () => {
    expect(PRODUCT_CLASSES).toHaveLength(10)
    expect(Object.keys(PRODUCT_CLASS_LABELS).sort()).toEqual([...PRODUCT_CLASSES].sort())
    expect(PRODUCT_CLASS_LABELS.equities.label).toEqual({ fr: 'Actions', en: 'Equities' })
    expect(isProductClass('funds-etf')).toBe(true)
    expect(isProductClass('options')).toBe(false)
  })

  it('reads knowledge and experience, traded implying known', () => {
    const answers = {
      equities: { knows: false, hasTraded: true },
      bonds: { knows: true, hasTraded: false },
    }
    expect(knowsAny(answers, ['equities'])).toBe(true)
    expect(knowsAny(answers, ['crypto', 'bonds'])).toBe(true)
    expect(knowsAny(answers, ['crypto'])).toBe(false)
    expect(hasTradedAny(answers, ['bonds'])).toBe(false)
    expect(hasTradedAny(answers, ['bonds', 'equities'])).toBe(true)
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  ASSET_CATEGORIES,
  ASSET_CATEGORY_INFO,
  LIABILITY_CATEGORIES,
  LIABILITY_CATEGORY_INFO,
  assetCategoryInfo,
  categoryKind,
  categoryLabel,
  isAssetCategory,
  isCategory,
  isLiabilityCategory,
  isLiquid,
  splitLifeInsurance,
} from './categories'

describe('categories', () => {
  it('has stable ASCII kebab-case keys, each described once', () => {
    const keys = [...ASSET_CATEGORIES, ...LIABILITY_CATEGORIES]
    expect(new Set(keys).size).toBe(keys.length)
    for (const key of keys) expect(key).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/)
    expect(Object.keys(ASSET_CATEGORY_INFO).sort()).toEqual([...ASSET_CATEGORIES].sort())
    expect(Object.keys(LIABILITY_CATEGORY_INFO).sort()).toEqual([...LIABILITY_CATEGORIES].sort())
  })

  it('names the French products', () => {
    expect(ASSET_CATEGORIES).toEqual(
      expect.arrayContaining(['livret-a', 'ldds', 'lep', 'pel', 'pea', 'pea-pme', 'per', 'scpi']),
    )
    expect(LIABILITY_CATEGORIES).toEqual(['mortgage', 'consumer-loan', 'other-debt'])
    expect(categoryLabel('livret-a').label.fr).toBe('Livret A')
    expect(categoryLabel('mortgage')).toMatchObject({
      labelKey: 'patrimony.category.mortgage',
      label: { fr: 'Crédit immobilier', en: 'Mortgage' },
    })
  })

  it('classifies liquidity and risk', () => {
    expect(assetCategoryInfo('livret-a')).toMatchObject({
      kind: 'asset',
      liquidity: 'immediate',
      risk: 'none',
    })
    expect(assetCategoryInfo('life-insurance-euro')).toMatchObject({
      liquidity: 'medium',
      risk: 'low',
    })
    expect(assetCategoryInfo('per')).toMatchObject({ liquidity: 'illiquid' })
    expect(assetCategoryInfo('crypto')).toMatchObject({ risk: 'high' })
    expect(isLiquid('pea')).toBe(true)
    expect(isLiquid('main-home')).toBe(false)
  })

  it('tells assets from liabilities', () => {
    expect(categoryKind('scpi')).toBe('asset')
    expect(categoryKind('consumer-loan')).toBe('liability')
    expect(isAssetCategory('mortgage')).toBe(false)
    expect(isLiabilityCategory('mortgage')).toBe(true)
    expect(isCategory('livret-b')).toBe(false)
    expect(isCategory(42)).toBe(false)
  })
})

describe('splitLifeInsurance', () => {
  it('splits a contract and keeps the total', () => {
    // 100 000,00 € at 60 % euro fund: 6 000 000 c euro fund + 4 000 000 c unit-linked
    expect(splitLifeInsurance(10_000_000, 60)).toEqual([
      { category: 'life-insurance-euro', valueCents: 6_000_000 },
      { category: 'life-insurance-unit-linked', valueCents: 4_000_000 },
    ])
    // 1 000,01 € at 50 %: 100 001 × 0,5 = 50 000,5 c → 50 001 c ; rest 50 000 c
    expect(splitLifeInsurance(100_001, 50).map((line) => line.valueCents)).toEqual([50_001, 50_000])
    expect(() => splitLifeInsurance(100, 101)).toThrow(RangeError)
  })

  it('always adds up to the contract value', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (total, pct) => {
          const [euro, unitLinked] = splitLifeInsurance(total, pct)
          expect((euro?.valueCents ?? 0) + (unitLinked?.valueCents ?? 0)).toBe(total)
          expect(euro?.valueCents).toBeGreaterThanOrEqual(0)
          expect(unitLinked?.valueCents).toBeGreaterThanOrEqual(0)
        },
      ),
    )
  })
})

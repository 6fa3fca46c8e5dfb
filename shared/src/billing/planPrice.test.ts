import { describe, expect, it } from 'vitest'
import { intervalFromWord, planPriceFor, priceExclVat } from './planPrice'

describe('priceExclVat', () => {
  it('takes 20 % VAT out of a TTC price, rounded to the cent once', () => {
    // 2 900 / 1.2 = 2 416.666… → 2 417
    expect(priceExclVat(2900, 2000)).toBe(2417)
    // 990 / 1.2 = 825 exactly
    expect(priceExclVat(990, 2000)).toBe(825)
    // 29 000 / 1.2 = 24 166.666… → 24 167
    expect(priceExclVat(29000)).toBe(24167)
  })

  it('handles other rates and no VAT', () => {
    // 1 055 / 1.055 = 1 000 (5.5 %)
    expect(priceExclVat(1055, 550)).toBe(1000)
    // franchise en base (0 %): HT = TTC
    expect(priceExclVat(2900, 0)).toBe(2900)
    expect(priceExclVat(0, 2000)).toBe(0)
  })

  it('refuses a negative rate', () => {
    expect(() => priceExclVat(100, -1)).toThrow(RangeError)
  })
})

describe('planPriceFor / intervalFromWord', () => {
  const plan = { monthlyPriceCents: 2900, yearlyPriceCents: 29000 }
  it('reads the price of the chosen interval', () => {
    expect(planPriceFor(plan, 'month')).toBe(2900)
    expect(planPriceFor(plan, 'year')).toBe(29000)
  })
  it('says there is no yearly option, and no price for a free plan', () => {
    expect(planPriceFor({ monthlyPriceCents: 990, yearlyPriceCents: null }, 'year')).toBeNull()
    expect(planPriceFor({ monthlyPriceCents: 0 }, 'month')).toBeNull()
  })
  it('reads the URL words mois / an, nothing else', () => {
    expect(intervalFromWord('mois')).toBe('month')
    expect(intervalFromWord('an')).toBe('year')
    expect(intervalFromWord('month')).toBeNull()
    expect(intervalFromWord(null)).toBeNull()
  })
})

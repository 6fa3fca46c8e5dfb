import { describe, expect, it } from 'vitest'
import { intervalFromWord, planPriceFor } from './planPrice'

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

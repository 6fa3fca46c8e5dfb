import { describe, expect, it } from 'vitest'
import { mrrCentsOf } from './mrr'

describe('mrrCentsOf', () => {
  it('counts a monthly subscription at its amount', () => {
    expect(mrrCentsOf({ status: 'active', interval: 'month', amountCents: 990 })).toBe(990)
  })
  it('counts a yearly one at a twelfth, rounded to the cent', () => {
    // 99,00 € / 12 = 8,25 € exactly
    expect(mrrCentsOf({ status: 'active', interval: 'year', amountCents: 9900 })).toBe(825)
    // 290,00 € / 12 = 24,1666… € → 24,17 €
    expect(mrrCentsOf({ status: 'past_due', interval: 'year', amountCents: 29_000 })).toBe(2417)
  })
  it('counts nothing for trials, cancelled or incomplete subscriptions', () => {
    for (const status of ['trialing', 'canceled', 'incomplete', 'unpaid', 'paused', undefined]) {
      expect(mrrCentsOf({ status, interval: 'month', amountCents: 990 })).toBe(0)
    }
  })
})

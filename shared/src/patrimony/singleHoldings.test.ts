import { describe, expect, it } from 'vitest'
import { SINGLE_HOLDING_CATEGORIES, checkSingleHolding, isSingleHolding } from './singleHoldings'

describe('one Livret A, LDDS, LEP, PEA and PEA-PME per person', () => {
  it('lists the five accounts held once', () => {
    expect([...SINGLE_HOLDING_CATEGORIES]).toEqual(['livret-a', 'ldds', 'lep', 'pea', 'pea-pme'])
    expect(isSingleHolding('pel')).toBe(false)
    expect(isSingleHolding('current-account')).toBe(false)
  })

  it('refuses a second one of the same account', () => {
    // Two PEAs of 150 000 € each: the second is refused, whatever the amounts.
    expect(checkSingleHolding('pea', ['pea', 'livret-a'])).toEqual({ code: 'single_holding', category: 'pea' })
    expect(checkSingleHolding('livret-a', ['livret-a'])).toEqual({ code: 'single_holding', category: 'livret-a' })
  })

  it('allows the first one, different plans side by side, and any number of other accounts', () => {
    expect(checkSingleHolding('pea', [])).toBeNull()
    expect(checkSingleHolding('pea-pme', ['pea', 'livret-a', 'ldds', 'lep'])).toBeNull()
    expect(checkSingleHolding('current-account', ['current-account', 'current-account'])).toBeNull()
    expect(checkSingleHolding('pel', ['pel'])).toBeNull()
  })
})

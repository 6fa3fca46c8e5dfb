import { describe, expect, it } from 'vitest'
import { OFFLINE_QUOTES_AS_OF } from './offlineQuotes'
import { priceDay, quoteLine } from './quoteLabel'

describe('quoteLine', () => {
  it('labels a priced line with its quantity and the Paris day of the price', () => {
    expect(quoteLine({ symbol: 'BTC', quantity: 0.5, priceAsOf: OFFLINE_QUOTES_AS_OF }, 'fr')).toBe('0,5 BTC · cours du 30/11')
    expect(quoteLine({ symbol: 'CW8', quantity: 1250, priceAsOf: OFFLINE_QUOTES_AS_OF }, 'en')).toBe('1,250 CW8 · price of 30/11')
  })

  it('says the value was typed when no price was known', () => {
    expect(quoteLine({ symbol: 'XYZ', quantity: 12.5, priceAsOf: null }, 'fr')).toBe('12,5 XYZ · valeur saisie')
  })

  it('reads the day in Paris, not in UTC', () => {
    // 23:30 UTC on 30 November is already 1 December in Paris
    expect(priceDay(new Date('2026-11-30T23:30:00Z'), 'fr')).toBe('01/12')
  })
})

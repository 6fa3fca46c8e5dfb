import { describe, expect, it } from 'vitest'
import { offlineQuote, OFFLINE_QUOTES } from './offlineQuotes'
import { isListedSymbol, quotedHoldingOf } from './quotedHolding'
import { isUnitPrice } from './holdingValue'

describe('quotedHoldingOf', () => {
  it('reads crypto from its own fields and listed lines from theirs', () => {
    expect(quotedHoldingOf({ category: 'crypto', cryptoSymbol: 'BTC', cryptoQuantity: 0.5 })).toEqual({ symbol: 'BTC', quantity: 0.5 })
    expect(quotedHoldingOf({ category: 'pea', listedSymbol: 'FR0011869353', listedQuantity: 120 })).toEqual({ symbol: 'FR0011869353', quantity: 120 })
    expect(quotedHoldingOf({ category: 'securities-account', listedSymbol: 'AI', listedQuantity: 3 })).toEqual({ symbol: 'AI', quantity: 3 })
  })

  it('leaves hand-typed values alone: no symbol, a bad one, or a category that is not quoted', () => {
    expect(quotedHoldingOf({ category: 'pea' })).toBeNull()
    expect(quotedHoldingOf({ category: 'pea', listedSymbol: 'cw8', listedQuantity: 1 })).toBeNull()
    expect(quotedHoldingOf({ category: 'pea', listedSymbol: 'CW8', listedQuantity: 0 })).toBeNull()
    expect(quotedHoldingOf({ category: 'livret-a', listedSymbol: 'CW8', listedQuantity: 1 })).toBeNull()
    expect(quotedHoldingOf({ category: 'crypto', listedSymbol: 'BTC', listedQuantity: 1 })).toBeNull()
  })

  it('accepts an ISIN or a ticker as a listed symbol', () => {
    expect(isListedSymbol('LU1681043599')).toBe(true)
    expect(isListedSymbol('MC')).toBe(true)
    expect(isListedSymbol('FR000012007')).toBe(false) // 11 characters: neither
    expect(isListedSymbol('TOOLONGX')).toBe(false)
  })
})

describe('the offline price table', () => {
  it('finds a line by ticker or by ISIN, and every price is a stored decimal', () => {
    expect(offlineQuote('CW8')?.unitPrice).toBe('544.1568')
    expect(offlineQuote('LU1681043599')?.symbol).toBe('CW8')
    expect(offlineQuote('XYZ')).toBeUndefined()
    for (const quote of OFFLINE_QUOTES) expect(isUnitPrice(quote.unitPrice)).toBe(true)
  })
})

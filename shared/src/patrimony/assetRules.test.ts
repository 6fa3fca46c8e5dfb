import { describe, expect, it } from 'vitest'
import { isCryptoQuantity, isCryptoSymbol, isOwnershipSharePct, parseCryptoQuantity, parseSharePct } from './assetRules'

describe('asset field rules', () => {
  it('accepts crypto tickers in capitals, 2–10 characters', () => {
    expect(isCryptoSymbol('BTC')).toBe(true)
    expect(isCryptoSymbol('USDC')).toBe(true)
    expect(isCryptoSymbol('btc')).toBe(false)
    expect(isCryptoSymbol('B')).toBe(false)
    expect(isCryptoSymbol('ABCDEFGHIJK')).toBe(false)
    expect(isCryptoSymbol('1INCH')).toBe(false)
  })

  it('wants a positive crypto quantity', () => {
    expect(isCryptoQuantity(0.25)).toBe(true)
    expect(isCryptoQuantity(0)).toBe(false)
    expect(isCryptoQuantity(-1)).toBe(false)
    expect(isCryptoQuantity(Number.NaN)).toBe(false)
    expect(parseCryptoQuantity('0,25')).toBe(0.25)
    expect(parseCryptoQuantity('1 200')).toBe(1200)
    expect(parseCryptoQuantity('abc')).toBeNull()
    expect(parseCryptoQuantity('0')).toBeNull()
  })

  it('takes shares from 0 to 100 % with two decimals at most', () => {
    expect(isOwnershipSharePct(33.33)).toBe(true)
    expect(isOwnershipSharePct(100)).toBe(true)
    expect(isOwnershipSharePct(0)).toBe(true)
    expect(isOwnershipSharePct(50.005)).toBe(false)
    expect(isOwnershipSharePct(100.01)).toBe(false)
    expect(parseSharePct('33,33')).toBe(33.33)
    expect(parseSharePct('50 %')).toBe(50)
    expect(parseSharePct('101')).toBeNull()
    expect(parseSharePct('12,345')).toBeNull()
  })
})

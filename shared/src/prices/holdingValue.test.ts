import { describe, expect, it } from 'vitest'
import { holdingValueCents, isUnitPrice, parseDecimal } from './holdingValue'

describe('holdingValueCents', () => {
  it('multiplies quantity by unit price to the cent, by hand', () => {
    // 0,5 × 79 843,21 = 39 921,605 → 39 921,61 € (half away from zero)
    expect(holdingValueCents(0.5, '79843.21')).toBe(3_992_161)
    // 0,05 × 79 843,21 = 3 992,1605 → 3 992,16 €
    expect(holdingValueCents(0.05, '79843.21')).toBe(399_216)
    // 50 × 544,1568 = 27 207,84 € exactly
    expect(holdingValueCents(50, '544.1568')).toBe(2_720_784)
  })

  it('rounds half away from zero, not half to even', () => {
    expect(holdingValueCents(1, '0.005')).toBe(1) // 0,5 c → 1 c
    expect(holdingValueCents(1, '0.015')).toBe(2) // 1,5 c → 2 c
    expect(holdingValueCents(1, '0.0049999')).toBe(0)
    expect(holdingValueCents(3, '0.125')).toBe(38) // 37,5 c → 38 c
  })

  it('loses no precision where floating point would', () => {
    // 0.038 × 79843.21 in doubles is 3034.0419799999997 — the exact product is 3 034,04198
    expect(holdingValueCents(0.038, '79843.21')).toBe(303_404)
    // 1,005 × 1 € = 1,005 € → 1,01 € (1.005 * 100 is 100.49999… in doubles)
    expect(holdingValueCents(1.005, '1')).toBe(101)
    // a price with 8 decimals and a tiny quantity (String(1e-7) is "1e-7")
    expect(holdingValueCents(1e-7, '50000000.12345678')).toBe(500)
    // 12 345 678 123,456789 + 12,345678123456789 = 12 345 678 135,802467… €
    expect(holdingValueCents('12345678.123456789', '1000.000001')).toBe(1_234_567_813_580)
  })

  it('refuses negative or unreadable inputs', () => {
    expect(() => holdingValueCents(-1, '10')).toThrow(RangeError)
    expect(() => holdingValueCents(1, '1,5')).toThrow(RangeError)
    expect(() => holdingValueCents(Number.NaN, '10')).toThrow(RangeError)
  })
})

describe('parseDecimal and isUnitPrice', () => {
  it('reads decimals exactly, with or without exponent', () => {
    expect(parseDecimal('544.1568')).toEqual({ digits: 5441568n, scale: 4 })
    expect(parseDecimal(2e21)).toEqual({ digits: 2000000000000000000000n, scale: 0 })
    expect(parseDecimal('abc')).toBeNull()
  })
  it('accepts stored price strings only', () => {
    expect(isUnitPrice('79843.21')).toBe(true)
    expect(isUnitPrice('0.00001234')).toBe(true)
    expect(isUnitPrice('1e3')).toBe(false)
    expect(isUnitPrice(12)).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { invoiceNumber, parisYear } from './invoiceNumber'

describe('invoiceNumber', () => {
  it('writes the series, the Paris year and six digits', () => {
    expect(invoiceNumber('invoice', 2026, 123)).toBe('FA-2026-000123')
    expect(invoiceNumber('credit-note', 2026, 1)).toBe('AV-2026-000001')
    expect(() => invoiceNumber('invoice', 2026, 0)).toThrow(RangeError)
  })

  it('takes the year in Paris: 31 December 23:30 UTC is already next year', () => {
    // 2026-12-31T23:30Z = 2027-01-01 00:30 in Paris (UTC+1)
    expect(parisYear(new Date('2026-12-31T23:30:00Z'))).toBe(2027)
    expect(parisYear(new Date('2026-12-31T22:30:00Z'))).toBe(2026)
  })
})

describe('isFrenchVatNumber', () => {
  it('checks the key against the SIREN', async () => {
    const { isFrenchVatNumber, frenchVatKey } = await import('./vatNumber')
    // 123 456 782 mod 97 = 32 → (12 + 3 × 32) mod 97 = 108 mod 97 = 11 → FR11 123 456 782
    expect(frenchVatKey('123456782')).toBe('11')
    expect(isFrenchVatNumber('FR11 123 456 782')).toBe(true)
    expect(isFrenchVatNumber('FR12123456782')).toBe(false)
    expect(isFrenchVatNumber('DE123456789')).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { exclVatCentsOf } from './vat'

describe('exclVatCentsOf', () => {
  it('takes 20 % VAT out of a TTC price', () => {
    // 9,90 € TTC / 1,20 = 8,25 € HT
    expect(exclVatCentsOf(990, 2000)).toBe(825)
    // 29,00 € TTC / 1,20 = 24,1666… € → 24,17 € HT
    expect(exclVatCentsOf(2900, 2000)).toBe(2417)
  })
  it('leaves the amount as is without VAT (franchise, 0 %)', () => {
    expect(exclVatCentsOf(1900, 0)).toBe(1900)
  })
  it('handles 5,5 %', () => {
    // 10,55 € TTC / 1,055 = 10,00 € HT
    expect(exclVatCentsOf(1055, 550)).toBe(1000)
  })
})

import { describe, expect, it } from 'vitest'
import { dismemberedValue, usufructuaryAgeOf } from './dismemberment'

describe('dismembered property by art. 669 CGI', () => {
  it('splits a 300 000 € flat between a usufructuary aged 65 and the bare owner', () => {
    // 65 years old: 61–70 → usufruct 40 %, bare ownership 60 %. 300 000 × 40 % = 120 000 € ; 300 000 − 120 000 = 180 000 €.
    expect(dismemberedValue({ valueCents: 30_000_000, ownership: 'usufruct' }, 65)).toEqual({
      ownership: 'usufruct', fullValueCents: 30_000_000, economicValueCents: 12_000_000, usufructPct: 40,
    })
    expect(dismemberedValue({ valueCents: 30_000_000, ownership: 'bare' }, 65)).toEqual({
      ownership: 'bare', fullValueCents: 30_000_000, economicValueCents: 18_000_000, usufructPct: 40,
    })
  })

  it('follows the scale at its edges', () => {
    // 20 → 90 % ; 21 → 80 % ; 90 → 20 % ; 91 → 10 %. On 100 000 € of usufruct: 90 000, 80 000, 20 000, 10 000 €.
    const usufruct = (age: number) => dismemberedValue({ valueCents: 10_000_000, ownership: 'usufruct' }, age).economicValueCents
    expect([20, 21, 90, 91].map(usufruct)).toEqual([9_000_000, 8_000_000, 2_000_000, 1_000_000])
  })

  it('applies the investor’s share first and rounds the usufruct once, the bare ownership being the rest', () => {
    // 200 000,02 € owned at 50 % → 100 000,01 € (10 000 001 c). Usufructuary aged 35 (31–40 → 70 %):
    // usufruct 7 000 000,7 c → 7 000 001 c ; bare ownership 10 000 001 − 7 000 001 = 3 000 000 c. 7 000 001 + 3 000 000 = the full value.
    const holding = { valueCents: 20_000_002, ownershipSharePct: 50 }
    expect(dismemberedValue({ ...holding, ownership: 'usufruct' }, 35).economicValueCents).toBe(7_000_001)
    expect(dismemberedValue({ ...holding, ownership: 'bare' }, 35).economicValueCents).toBe(3_000_000)
  })

  it('keeps full ownership whole and leaves the economic value unknown without the usufructuary’s age', () => {
    expect(dismemberedValue({ valueCents: 5_000_000, ownership: 'full' }, null)).toEqual({
      ownership: 'full', fullValueCents: 5_000_000, economicValueCents: 5_000_000, usufructPct: null,
    })
    expect(dismemberedValue({ valueCents: 5_000_000 }, 40).economicValueCents).toBe(5_000_000)
    expect(dismemberedValue({ valueCents: 5_000_000, ownership: 'bare' }, null)).toMatchObject({ fullValueCents: 5_000_000, economicValueCents: null })
  })

  it('refuses amounts and shares that are not valid', () => {
    expect(() => dismemberedValue({ valueCents: -1 }, 40)).toThrow(RangeError)
    expect(() => dismemberedValue({ valueCents: 1, ownershipSharePct: 101 }, 40)).toThrow(RangeError)
  })
})

describe('usufructuaryAgeOf', () => {
  it('is the investor’s own age on the Paris calendar for a usufruct they hold, unknown for a bare ownership', () => {
    // Born 1961-03-02; on 2026-03-01T23:30Z it is already 2 March in Paris → 65.
    expect(usufructuaryAgeOf('usufruct', '1961-03-02', new Date('2026-03-01T23:30:00Z'))).toBe(65)
    expect(usufructuaryAgeOf('usufruct', '1961-03-02', new Date('2026-03-01T22:30:00Z'))).toBe(64)
    expect(usufructuaryAgeOf('bare', '1961-03-02', new Date('2026-06-01T12:00:00Z'))).toBeNull()
    expect(usufructuaryAgeOf('usufruct', null, new Date())).toBeNull()
  })
})

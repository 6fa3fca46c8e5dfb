import { describe, expect, it } from 'vitest'
import { CEILINGS_CENTS, ceilingOf, ceilingSubject, checkCeiling, checkPeaCombinedCeiling } from './ceilings'

describe('ceilings', () => {
  it('holds the legal figures in cents', () => {
    // 22 950 € = 2 295 000 c ; 12 000 € = 1 200 000 c ; 10 000 € = 1 000 000 c ;
    // 61 200 € = 6 120 000 c ; 150 000 € = 15 000 000 c ; 225 000 € = 22 500 000 c
    expect(CEILINGS_CENTS).toEqual({
      'livret-a': 2_295_000,
      ldds: 1_200_000,
      lep: 1_000_000,
      pel: 6_120_000,
      pea: 15_000_000,
      'pea-pme': 22_500_000,
    })
    expect(ceilingOf('securities-account')).toBeNull()
  })
})

describe('checkCeiling', () => {
  it('allows reaching the ceiling, flags going over', () => {
    // Livret A at exactly 22 950,00 € → fine ; at 22 950,01 € (2 295 001 c) → exceeded
    expect(checkCeiling('livret-a', 2_295_000)).toBeNull()
    expect(checkCeiling('livret-a', 2_295_001)).toEqual({
      code: 'ceiling_exceeded',
      ceilingCents: 2_295_000,
    })
    // LDDS 12 500 € > 12 000 € ; LEP 9 999,99 € ≤ 10 000 € ; PEL 61 200 € = ceiling
    expect(checkCeiling('ldds', 1_250_000)).toEqual({
      code: 'ceiling_exceeded',
      ceilingCents: 1_200_000,
    })
    expect(checkCeiling('lep', 999_999)).toBeNull()
    expect(checkCeiling('pel', 6_120_000)).toBeNull()
  })

  it('checks PEA contributions against 150 000 € and PEA-PME against 225 000 €', () => {
    // 150 000 € + 500 € = 150 500 € of contributions > 150 000 €
    expect(checkCeiling('pea', 15_050_000)).toEqual({
      code: 'ceiling_exceeded',
      ceilingCents: 15_000_000,
    })
    expect(checkCeiling('pea-pme', 20_000_000)).toBeNull()
  })

  it('ignores categories without a ceiling', () => {
    expect(checkCeiling('life-insurance-euro', 1_000_000_000)).toBeNull()
    expect(checkCeiling('current-account', 5_000_000)).toBeNull()
  })

  it('refuses non-integer cents', () => {
    expect(() => checkCeiling('livret-a', 12.5)).toThrow(RangeError)
  })
})

describe('checkPeaCombinedCeiling', () => {
  it('caps PEA + PEA-PME together at 225 000 €', () => {
    // 150 000 € + 75 000 € = 225 000 € → fine
    expect(checkPeaCombinedCeiling(15_000_000, 7_500_000)).toBeNull()
    // 150 000 € + 80 000 € = 230 000 € > 225 000 € → exceeded
    expect(checkPeaCombinedCeiling(15_000_000, 8_000_000)).toEqual({
      code: 'ceiling_exceeded',
      ceilingCents: 22_500_000,
    })
  })
})

describe('ceilingSubject', () => {
  it('compares a livret’s deposits, not its balance, once they are declared', () => {
    // Livret A: balance 23 100 € (2 310 000 c) = 22 950 € deposited + 150 € of capitalised interest.
    // The deposits (2 295 000 c) are compared: exactly the ceiling → accepted.
    const subject = ceilingSubject('livret-a', 2_310_000, 2_295_000)
    expect(subject).toEqual({ path: 'contributionsCents', amountCents: 2_295_000, balanceOnly: false })
    expect(checkCeiling('livret-a', subject!.amountCents)).toBeNull()
    // Deposits of 22 950,01 € are over, whatever the balance.
    expect(checkCeiling('livret-a', ceilingSubject('livret-a', 100, 2_295_001)!.amountCents)).not.toBeNull()
  })

  it('falls back on the balance of a livret without declared deposits', () => {
    expect(ceilingSubject('ldds', 1_250_000, null)).toEqual({ path: 'valueCents', amountCents: 1_250_000, balanceOnly: true })
    expect(ceilingSubject('pel', 100, undefined)).toEqual({ path: 'valueCents', amountCents: 100, balanceOnly: true })
  })

  it('checks only the contributions of a PEA or PEA-PME, and nothing for a category without ceiling', () => {
    expect(ceilingSubject('pea', 20_000_000, 15_000_000)).toEqual({ path: 'contributionsCents', amountCents: 15_000_000, balanceOnly: false })
    expect(ceilingSubject('pea-pme', 20_000_000, null)).toBeNull()
    expect(ceilingSubject('securities-account', 99_000_000, 1)).toBeNull()
    expect(ceilingSubject('livret-a', 10.5, 'x')).toBeNull()
  })
})

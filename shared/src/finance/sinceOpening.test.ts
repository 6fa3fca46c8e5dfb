import { describe, expect, it } from 'vitest'
import { approximateYearlyRate, showsGainSinceOpening } from './sinceOpening'

describe('gain since opening', () => {
  it('is shown for life insurance (both compartments), PEA and PEA-PME only', () => {
    expect(['life-insurance-euro', 'life-insurance-unit-linked', 'pea', 'pea-pme'].every(showsGainSinceOpening)).toBe(true)
    expect(showsGainSinceOpening('securities-account')).toBe(false)
    expect(showsGainSinceOpening('livret-a')).toBe(false)
  })

  it('gives the yearly rate as if every versement had been paid at opening', () => {
    // 72 000,00 € → 85 500,00 € over exactly 10 years of 365,25 days: 1,1875^(1/10) − 1 ≈ 1,733 %
    const openedAt = new Date('2016-01-01T00:00:00Z')
    const now = new Date(openedAt.getTime() + 10 * 365.25 * 86_400_000)
    expect(approximateYearlyRate(8_550_000, 7_200_000, openedAt, now)).toBeCloseTo(0.01733, 5)
    // a loss: 10 000 → 8 100 over 2 years → 0,9 − 1 = −10 % a year
    const twoYears = new Date(openedAt.getTime() + 2 * 365.25 * 86_400_000)
    expect(approximateYearlyRate(810_000, 1_000_000, openedAt, twoYears)).toBeCloseTo(-0.1, 10)
  })

  it('gives no rate under a year, without versements, or for an empty envelope', () => {
    const openedAt = new Date('2026-01-01T00:00:00Z')
    expect(approximateYearlyRate(110_000, 100_000, openedAt, new Date('2026-12-31T00:00:00Z'))).toBeNull()
    const later = new Date('2030-01-01T00:00:00Z')
    expect(approximateYearlyRate(110_000, null, openedAt, later)).toBeNull()
    expect(approximateYearlyRate(110_000, 0, openedAt, later)).toBeNull()
    expect(approximateYearlyRate(0, 100_000, openedAt, later)).toBeNull()
  })
})

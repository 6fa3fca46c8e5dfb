import { describe, expect, it } from 'vitest'
import { IFI_SCALES, ifiScaleOn, type IfiScale } from './ifiScale'

describe('ifiScaleOn', () => {
  it('finds the 2018 scale for any day since 1 January 2018 in Paris', () => {
    expect(ifiScaleOn(new Date('2026-12-05T10:00:00Z')).validFrom).toBe('2018-01-01')
    // 2017-12-31T23:30Z is already 00:30 on 1 January 2018 in Paris (UTC+1)
    expect(ifiScaleOn(new Date('2017-12-31T23:30:00Z')).validFrom).toBe('2018-01-01')
    expect(() => ifiScaleOn(new Date('2017-12-31T22:30:00Z'))).toThrow(RangeError)
  })

  it('holds the thresholds and brackets of art. 964 and 977 CGI', () => {
    const scale = IFI_SCALES[0]!
    expect(scale.entryThresholdCents).toBe(130_000_000)
    expect(scale.brackets.map((b) => [b.fromCents / 100, b.toCents === null ? null : b.toCents / 100, b.rateBp / 100])).toEqual([
      [0, 800_000, 0],
      [800_000, 1_300_000, 0.5],
      [1_300_000, 2_570_000, 0.7],
      [2_570_000, 5_000_000, 1],
      [5_000_000, 10_000_000, 1.25],
      [10_000_000, null, 1.5],
    ])
    expect(scale.decote).toEqual({ upToCents: 140_000_000, constantCents: 1_750_000, rateBp: 125 })
    expect(scale.mainResidenceAllowancePct).toBe(30)
  })

  it('takes a later scale from its first day: a new finance law is one more entry', () => {
    const base = IFI_SCALES[0]!
    const later: IfiScale = { ...base, validFrom: '2027-01-01', entryThresholdCents: 150_000_000 }
    const scales = [base, later]
    expect(ifiScaleOn(new Date('2026-12-31T12:00:00Z'), scales).entryThresholdCents).toBe(130_000_000)
    expect(ifiScaleOn(new Date('2027-01-01T12:00:00Z'), scales).entryThresholdCents).toBe(150_000_000)
  })
})

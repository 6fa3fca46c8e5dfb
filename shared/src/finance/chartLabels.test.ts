import { describe, expect, it } from 'vitest'
import { compactEur, everyThirdMonth, monthName } from './chartLabels'

describe('chart labels', () => {
  it('spells months and compact amounts in both languages', () => {
    expect(monthName('2026-03', 'fr', 'short')).toBe('mars')
    expect(monthName('2026-03', 'en', 'short')).toBe('Mar')
    expect(monthName('2026-03', 'fr', 'long')).toBe('mars 2026')
    expect(compactEur(31_935_000, 'fr')).toBe('319 k€')
    expect(compactEur(123_456_789, 'fr')).toBe('1,2 M€')
    expect(compactEur(123_456_789, 'en')).toBe('€1.2M')
    expect(compactEur(-50_000, 'fr')).toBe('−500 €')
  })
  it('chooses the unit after rounding, never "1000 k€" nor "1000 €"', () => {
    // 999 500 € = 99 950 000 c: 999,5 k rounds half up to 1 000 k → millions: 0,9995 M → 1,0 M€.
    expect(compactEur(99_950_000, 'fr')).toBe('1,0 M€')
    expect(compactEur(99_950_000, 'en')).toBe('€1.0M')
    // 999 499,99 € rounds to 999 k€ (999,49999 k): stays in thousands.
    expect(compactEur(99_949_999, 'fr')).toBe('999 k€')
    // 999,60 € = 99 960 c: rounds to 1 000 € → thousands: 0,9996 k → 1 k€.
    expect(compactEur(99_960, 'fr')).toBe('1 k€')
    expect(compactEur(-99_960, 'fr')).toBe('−1 k€')
    // 999,49 € rounds to 999 €.
    expect(compactEur(99_949, 'fr')).toBe('999 €')
    // 9 999 999,99 € → 10,0 M€ (99,9999… tenths rounds to 100 tenths).
    expect(compactEur(999_999_999, 'fr')).toBe('10,0 M€')
  })
  it('labels every third month, ending on the last', () => {
    expect(everyThirdMonth(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05'])).toEqual(['2026-02', '2026-05'])
  })
})

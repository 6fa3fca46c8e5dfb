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
  it('labels every third month, ending on the last', () => {
    expect(everyThirdMonth(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05'])).toEqual(['2026-02', '2026-05'])
  })
})

import { describe, expect, it } from 'vitest'
import { formatDateTimeParis } from './dateTime'

describe('a date and time in Paris', () => {
  it('reads the Paris wall clock, winter (UTC+1) and summer (UTC+2)', () => {
    expect(formatDateTimeParis(new Date('2026-12-04T21:18:06Z'), 'fr')).toBe('4 décembre 2026 à 22:18:06')
    expect(formatDateTimeParis(new Date('2026-07-01T22:30:00Z'), 'en')).toBe('2 July 2026 at 00:30:00')
  })
})

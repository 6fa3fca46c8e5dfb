import { describe, expect, it } from 'vitest'
import { isRefreshHour, parisDay } from './refreshSlot'

describe('the daily refresh slot', () => {
  it('is the 18h hour in Paris, in winter (UTC+1) and in summer (UTC+2)', () => {
    expect(isRefreshHour(new Date('2026-12-03T17:30:00Z'))).toBe(true)
    expect(isRefreshHour(new Date('2026-12-03T16:30:00Z'))).toBe(false)
    expect(isRefreshHour(new Date('2026-07-03T16:30:00Z'))).toBe(true)
    expect(isRefreshHour(new Date('2026-07-03T17:30:00Z'))).toBe(false)
  })
  it('counts days in Paris', () => {
    expect(parisDay('2026-11-30T23:30:00Z')).toBe('2026-12-01')
    expect(parisDay('2026-11-30T17:30:00Z')).toBe('2026-11-30')
  })
})

import { describe, expect, it } from 'vitest'
import { startOfMonthParis, startOfNextMonthParis } from './parisMonth'

describe('the Paris month of an instant', () => {
  it('starts at 23:00 UTC the day before in winter (UTC+1)', () => {
    // 2026-01-15 noon UTC is in January in Paris; 1 January 00:00 Paris = 2025-12-31T23:00Z.
    expect(startOfMonthParis(new Date('2026-01-15T12:00:00Z')).toISOString()).toBe('2025-12-31T23:00:00.000Z')
  })

  it('starts at 22:00 UTC the day before in summer (UTC+2)', () => {
    // 1 July 00:00 Paris (CEST) = 2026-06-30T22:00Z.
    expect(startOfMonthParis(new Date('2026-07-20T08:00:00Z')).toISOString()).toBe('2026-06-30T22:00:00.000Z')
  })

  it('takes the Paris month, not the UTC one, near midnight', () => {
    // 2026-01-31T23:30Z is 00:30 on 1 February in Paris: February started at 2026-01-31T23:00Z.
    expect(startOfMonthParis(new Date('2026-01-31T23:30:00Z')).toISOString()).toBe('2026-01-31T23:00:00.000Z')
    // 2026-01-31T22:30Z is still 23:30 on 31 January in Paris.
    expect(startOfMonthParis(new Date('2026-01-31T22:30:00Z')).toISOString()).toBe('2025-12-31T23:00:00.000Z')
  })

  it('crosses the clock changes: April starts in summer time, November in winter time', () => {
    // DST began 2026-03-29: 1 April 00:00 CEST = 2026-03-31T22:00Z. It ended 2026-10-25: 1 November 00:00 CET = 2026-10-31T23:00Z.
    expect(startOfMonthParis(new Date('2026-04-10T00:00:00Z')).toISOString()).toBe('2026-03-31T22:00:00.000Z')
    expect(startOfMonthParis(new Date('2026-11-10T00:00:00Z')).toISOString()).toBe('2026-10-31T23:00:00.000Z')
    // March started in winter time: 1 March 00:00 CET = 2026-02-28T23:00Z.
    expect(startOfMonthParis(new Date('2026-03-30T12:00:00Z')).toISOString()).toBe('2026-02-28T23:00:00.000Z')
  })

  it('renews on the 1st of the next month, December to January included', () => {
    expect(startOfNextMonthParis(new Date('2026-12-04T18:00:00Z')).toISOString()).toBe('2026-12-31T23:00:00.000Z')
    expect(startOfNextMonthParis(new Date('2026-03-15T12:00:00Z')).toISOString()).toBe('2026-03-31T22:00:00.000Z')
  })
})

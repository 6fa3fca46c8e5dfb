import { describe, expect, it } from 'vitest'
import { addMonths, completedYearsParis, dayKeyParis, formatDateParis, isCalendarDate, monthKeyParis, monthsBetweenParis } from './dates'

describe('monthKeyParis', () => {
  it('counts 23:30 UTC on the last day of a month as the next month in Paris', () => {
    // 31 Jan 2025 23:30 UTC = 1 Feb 2025 00:30 in Paris (winter, UTC+1)
    expect(monthKeyParis(new Date('2025-01-31T23:30:00Z'))).toBe('2025-02')
    // 31 Jan 2025 22:30 UTC = 31 Jan 2025 23:30 in Paris
    expect(monthKeyParis(new Date('2025-01-31T22:30:00Z'))).toBe('2025-01')
  })

  it('uses summer time (UTC+2) in summer', () => {
    // 31 Jul 2025 22:30 UTC = 1 Aug 2025 00:30 in Paris ; 21:30 UTC = 23:30 on 31 Jul
    expect(monthKeyParis(new Date('2025-07-31T22:30:00Z'))).toBe('2025-08')
    expect(monthKeyParis(new Date('2025-07-31T21:30:00Z'))).toBe('2025-07')
  })

  it('rolls the year over on New Year’s Eve', () => {
    // 31 Dec 2025 23:30 UTC = 1 Jan 2026 00:30 in Paris
    expect(monthKeyParis(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01')
  })

  it('refuses an invalid date', () => {
    expect(() => monthKeyParis(new Date('nope'))).toThrow(RangeError)
  })
})

describe('formatDateParis', () => {
  it('prints the Paris date, not the UTC one', () => {
    const lateJanuaryUtc = new Date('2025-01-31T23:30:00Z') // 1 Feb in Paris
    expect(formatDateParis(lateJanuaryUtc, 'fr')).toBe('1 février 2025')
    expect(formatDateParis(lateJanuaryUtc, 'en')).toBe('1 February 2025')
    expect(formatDateParis(lateJanuaryUtc, 'fr', 'short')).toBe('01/02/2025')
  })
})

describe('monthsBetweenParis and addMonths', () => {
  it('counts calendar months between Paris months', () => {
    // January → December 2025: 12 − 1 = 11 months, whatever the days
    expect(
      monthsBetweenParis(new Date('2025-01-15T12:00:00Z'), new Date('2025-12-01T12:00:00Z')),
    ).toBe(11)
    // Jan 2025 → Mar 2027: (2027 − 2025) × 12 + (3 − 1) = 26
    expect(
      monthsBetweenParis(new Date('2025-01-31T12:00:00Z'), new Date('2027-03-01T12:00:00Z')),
    ).toBe(26)
    // 31 Jan 23:30 UTC is already February in Paris: Feb → Feb = 0
    expect(
      monthsBetweenParis(new Date('2025-01-31T23:30:00Z'), new Date('2025-02-10T12:00:00Z')),
    ).toBe(0)
    expect(
      monthsBetweenParis(new Date('2025-05-01T12:00:00Z'), new Date('2025-02-01T12:00:00Z')),
    ).toBe(-3)
  })

  it('adds months across years', () => {
    // 2025-11 + 3 = 2026-02 ; 2025-01 + 0 = 2025-01 ; 2025-01 − 1 = 2024-12 ; 2025-01 + 120 = 2035-01
    expect(addMonths('2025-11', 3)).toBe('2026-02')
    expect(addMonths('2025-01', 0)).toBe('2025-01')
    expect(addMonths('2025-01', -1)).toBe('2024-12')
    expect(addMonths('2025-01', 120)).toBe('2035-01')
    expect(() => addMonths('2025-1', 1)).toThrow(RangeError)
  })
})

describe('isCalendarDate', () => {
  it('accepts a day or a timestamp on a day that exists', () => {
    for (const text of ['2019-03-15', '2024-02-29', '2018-05-02T00:00:00.000Z', '2024-03-01T10:00:00+02:00', '1900-01-01']) {
      expect(isCalendarDate(text), text).toBe(true)
    }
  })

  it('refuses what Date would read anyway: a bare number, a day that does not exist, year 0, French order', () => {
    for (const text of ['0', '2024', '2024-02-30', '2023-02-29', '0000-01-01', '1899-12-31', '31/12/2020', '2024-13-01', '2024-03-01T25:00', '']) {
      expect(isCalendarDate(text), text).toBe(false)
    }
  })
})

describe('dayKeyParis', () => {
  it('gives the Paris day, which starts at 23:00 UTC in winter and 22:00 UTC in summer', () => {
    // 31 Jan 2025 23:30 UTC = 1 Feb 00:30 in Paris (UTC+1); 22:30 UTC = 23:30 on 31 Jan
    expect(dayKeyParis(new Date('2025-01-31T23:30:00Z'))).toBe('2025-02-01')
    expect(dayKeyParis(new Date('2025-01-31T22:30:00Z'))).toBe('2025-01-31')
    // 14 Jul 2025 22:30 UTC = 15 Jul 00:30 in Paris (UTC+2)
    expect(dayKeyParis(new Date('2025-07-14T22:30:00Z'))).toBe('2025-07-15')
  })

  it('refuses an invalid date', () => {
    expect(() => dayKeyParis(new Date('nope'))).toThrow(RangeError)
  })
})

describe('completedYearsParis', () => {
  it('counts a birthday from midnight in Paris', () => {
    // Born 2008-11-26: 2026-11-25T23:30Z is 26 Nov 00:30 in Paris → 18; 22:30Z is still the 25th → 17
    expect(completedYearsParis('2008-11-26', new Date('2026-11-25T23:30:00Z'))).toBe(18)
    expect(completedYearsParis('2008-11-26', new Date('2026-11-25T22:30:00Z'))).toBe(17)
  })

  it('counts a 29 February birthday on 1 March in a common year', () => {
    // 2027 − 2008 = 19; 2027 is not a leap year: 28 Feb 2027 is before 02-29 → 18, 1 Mar 2027 → 19
    expect(completedYearsParis('2008-02-29', new Date('2027-02-28T12:00:00Z'))).toBe(18)
    expect(completedYearsParis('2008-02-29', new Date('2027-03-01T12:00:00Z'))).toBe(19)
  })

  it('refuses anything but a YYYY-MM-DD day', () => {
    expect(() => completedYearsParis('26/11/2008', new Date())).toThrow(RangeError)
  })
})

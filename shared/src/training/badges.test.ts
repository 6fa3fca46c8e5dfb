import { describe, expect, it } from 'vitest'
import { earnedBadges, longestStreak, parisDay } from './badges'

const at = (iso: string) => new Date(iso)
const none = { completedCourses: 0, quizBestScores: [], activity: [] }

describe('badges — worked examples', () => {
  it('one completed course earns first-course; five earn five-courses too', () => {
    expect(earnedBadges({ ...none, completedCourses: 1 })).toEqual(['first-course'])
    expect(earnedBadges({ ...none, completedCourses: 5 })).toEqual(['first-course', 'five-courses'])
    expect(earnedBadges({ ...none, completedCourses: 4 })).toEqual(['first-course'])
  })

  it('a best score of 100 earns perfect-quiz, 99 does not', () => {
    expect(earnedBadges({ ...none, quizBestScores: [60, 100] })).toEqual(['perfect-quiz'])
    expect(earnedBadges({ ...none, quizBestScores: [99] })).toEqual([])
  })

  it('23:30 UTC on 31 January is 1 February in Paris', () => {
    expect(parisDay(at('2025-01-31T23:30:00Z'))).toBe('2025-02-01')
    expect(parisDay(at('2025-07-31T21:59:00Z'))).toBe('2025-07-31')
    expect(parisDay(at('2025-07-31T22:00:00Z'))).toBe('2025-08-01')
  })

  it('seven consecutive Paris days earn streak-7; a gap breaks it', () => {
    const week = [1, 2, 3, 4, 5, 6, 7].map((d) => at(`2025-03-0${d}T10:00:00Z`))
    expect(longestStreak(week)).toBe(7)
    expect(earnedBadges({ ...none, activity: week })).toEqual(['streak-7'])
    const gap = week.filter((_, i) => i !== 3)
    expect(longestStreak(gap)).toBe(3)
    expect(earnedBadges({ ...none, activity: gap })).toEqual([])
  })

  it('counts Paris days, not UTC days: 22:30 UTC and 23:30 UTC on the same UTC day are two Paris days in summer', () => {
    // 2025-06-01T21:30Z = 23:30 Paris on 1 June; 2025-06-01T22:30Z = 00:30 Paris on 2 June.
    expect(longestStreak([at('2025-06-01T21:30:00Z'), at('2025-06-01T22:30:00Z')])).toBe(2)
    // Two activities on one Paris day count once.
    expect(longestStreak([at('2025-06-01T08:00:00Z'), at('2025-06-01T18:00:00Z')])).toBe(1)
  })

  it('crosses a month end and the spring clock change', () => {
    const days = ['2025-03-27', '2025-03-28', '2025-03-29', '2025-03-30', '2025-03-31', '2025-04-01', '2025-04-02']
    expect(longestStreak(days.map((d) => at(`${d}T09:00:00Z`)))).toBe(7)
  })
})

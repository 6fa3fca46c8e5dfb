import { describe, expect, it } from 'vitest'
import { coursePoints, levelFor } from './points'

describe('points — worked examples', () => {
  it('3 lessons and a quiz passed at 75 % make 3×10 + 50 = 80', () => {
    expect(coursePoints(3, [{ bestScore: 75, passed: true }])).toBe(80)
  })
  it('a perfect quiz adds 25; a failed quiz adds nothing', () => {
    expect(coursePoints(2, [{ bestScore: 100, passed: true }, { bestScore: 40, passed: false }])).toBe(95)
  })
})

describe('levels', () => {
  it('0 → level 1, 99 → 1, 100 → 2, 260 → 3, 1000 → 5 (no next)', () => {
    expect(levelFor(0)).toEqual({ level: 1, key: 'discovery', points: 0, nextAt: 100 })
    expect(levelFor(99).level).toBe(1)
    expect(levelFor(100)).toMatchObject({ level: 2, key: 'initiated', nextAt: 250 })
    expect(levelFor(260)).toMatchObject({ level: 3, key: 'informed', nextAt: 500 })
    expect(levelFor(1000)).toMatchObject({ level: 5, key: 'expert', nextAt: null })
  })
})

import { describe, expect, it } from 'vitest'
import { donutArcs, pointAt, sectorPath } from './donut'

const ring = { cx: 50, cy: 50, outerRadius: 40, innerRadius: 20 }

describe('donut arcs', () => {
  it('puts 0° at twelve o’clock and turns clockwise', () => {
    expect(pointAt(50, 50, 40, 0)).toEqual({ x: 50, y: 10 })
    const right = pointAt(50, 50, 40, 90)
    expect(right.x).toBeCloseTo(90, 10)
    expect(right.y).toBeCloseTo(50, 10)
  })

  it('gives each value its share of the turn, the last slice closing on the first', () => {
    // 1 + 3 = 4: the first slice is 1/4 of 360° = 0° → 90°, the second 90° → 360°.
    const [first, second] = donutArcs([1, 3], ring)
    expect(first).toMatchObject({ index: 0, share: 0.25, startAngle: 0, endAngle: 90 })
    expect(second).toMatchObject({ index: 1, share: 0.75, startAngle: 90, endAngle: 360 })
    // Outer arc (50, 10) → (90, 50), small arc, clockwise; inner arc back from (70, 50) to (50, 30).
    expect(first!.d).toBe('M 50 10 A 40 40 0 0 1 90 50 L 70 50 A 20 20 0 0 0 50 30 Z')
    // 270° is more than half a turn: the large-arc flag is set.
    expect(second!.d).toBe('M 90 50 A 40 40 0 1 1 50 10 L 50 30 A 20 20 0 1 0 70 50 Z')
    // The centroid sits mid-ring (radius 30) at mid-angle 45°: (50 + 30·sin 45°, 50 − 30·cos 45°).
    expect(first!.centroid.x).toBeCloseTo(50 + 30 * Math.SQRT1_2, 10)
    expect(first!.centroid.y).toBeCloseTo(50 - 30 * Math.SQRT1_2, 10)
  })

  it('draws a single value as a full ring of two half arcs, with its hole', () => {
    const [only] = donutArcs([5], ring)
    expect(only).toMatchObject({ share: 1, startAngle: 0, endAngle: 360 })
    expect(only!.d).toBe('M 50 10 A 40 40 0 1 1 50 90 A 40 40 0 1 1 50 10 Z M 50 30 A 20 20 0 1 0 50 70 A 20 20 0 1 0 50 30 Z')
  })

  it('draws a pie sector from the centre when there is no hole', () => {
    expect(sectorPath({ ...ring, innerRadius: 0 }, 0, 90)).toBe('M 50 50 L 50 10 A 40 40 0 0 1 90 50 Z')
  })

  it('skips zero, negative and non-finite values, and gives nothing for a zero total', () => {
    const arcs = donutArcs([0, 2, -1, Number.NaN, 2], ring)
    expect(arcs.map((arc) => [arc.index, arc.startAngle, arc.endAngle])).toEqual([[1, 0, 180], [4, 180, 360]])
    expect(donutArcs([], ring)).toEqual([])
    expect(donutArcs([0, 0], ring)).toEqual([])
  })
})

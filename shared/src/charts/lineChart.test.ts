import { describe, expect, it } from 'vitest'
import { lineChart } from './lineChart'
import { niceStep, niceTicks } from './ticks'

describe('nice ticks', () => {
  it('rounds the step up to 1, 2, 2.5 or 5 × 10^k', () => {
    expect(niceStep(83_333)).toBe(100_000)
    expect(niceStep(1_900)).toBe(2_000)
    expect(niceStep(2_100)).toBe(2_500)
    expect(niceStep(3_000)).toBe(5_000)
    expect(niceStep(0.3)).toBe(0.5)
  })

  it('covers the range from a multiple of the step to a multiple of the step', () => {
    // 0 … 31 935 000 c (319 350 €) in about 4 intervals: 31 935 000 / 4 = 7 983 750 → step 10 000 000 c.
    expect(niceTicks(0, 31_935_000, 4)).toEqual({ min: 0, max: 40_000_000, step: 10_000_000, values: [0, 10_000_000, 20_000_000, 30_000_000, 40_000_000] })
    // A negative net worth keeps 0 on the axis as a tick.
    expect(niceTicks(-1_500, 4_200, 4).values).toEqual([-2_000, 0, 2_000, 4_000, 6_000])
  })

  it('widens a flat series to start from 0', () => {
    // 0 … 500 in about 4 intervals: 125 → step 200, so the axis ends at 600.
    expect(niceTicks(500, 500, 4)).toMatchObject({ min: 0, max: 600, step: 200 })
    expect(niceTicks(0, 0, 4)).toMatchObject({ min: 0, max: 1 })
  })
})

describe('the line chart’s geometry', () => {
  it('scales values into the plot box: first month left, last right, axis min at the bottom', () => {
    // Ticks 0 … 300 (step 100). y = 100 − v / 300 × 100: 100 → 66.67, 200 → 33.33, 300 → 0.
    const chart = lineChart([100, 200, 300], { width: 200, height: 100, tickCount: 3 })
    expect(chart.axis).toMatchObject({ min: 0, max: 300, step: 100 })
    expect(chart.points.map((p) => p && [p.x, Number(p.y.toFixed(2))])).toEqual([[0, 66.67], [100, 33.33], [200, 0]])
    expect(chart.line).toBe('M 0 66.67 L 100 33.33 L 200 0')
    expect(chart.area).toBe('M 0 100 L 0 66.67 L 100 33.33 L 200 0 L 200 100 Z')
    expect(chart.yTicks.map((tick) => [tick.value, Number(tick.y.toFixed(2))])).toEqual([[0, 100], [100, 66.67], [200, 33.33], [300, 0]])
    expect(chart.baselineY).toBe(100)
  })

  it('breaks the line where a month has no data, instead of drawing 0', () => {
    const chart = lineChart([null, 100, 200, null, 200], { width: 400, height: 100, tickCount: 2 })
    expect(chart.points[0]).toBeNull()
    expect(chart.line).toBe('M 100 50 L 200 0 M 400 0')
    expect(chart.xs).toEqual([0, 100, 200, 300, 400])
  })

  it('closes the area on 0 inside a negative-to-positive axis, and centres a single month', () => {
    const chart = lineChart([-100, 100], { width: 100, height: 100, tickCount: 2 })
    expect(chart.axis).toMatchObject({ min: -100, max: 100 })
    expect(chart.baselineY).toBe(50)
    expect(lineChart([42], { width: 100, height: 50 }).xs).toEqual([50])
  })

  it('may leave 0 out of the axis to show a small change', () => {
    const chart = lineChart([1_000_000, 1_020_000], { width: 100, height: 100, includeZero: false })
    expect(chart.axis.min).toBeGreaterThan(0)
    expect(chart.baselineY).toBe(100)
  })
})

/**
 * A line (and the area under it) through a monthly series, as SVG path data
 * in a plot box of `width` × `height` (origin top left, y downwards), with
 * a nice y axis. Months without data (null: before the first valuation,
 * decision 026) are not drawn: the line breaks there rather than falling to 0.
 */
import { niceTicks, type Ticks } from './ticks'
import { svgNumber } from './svgNumber'

export type LineChartOptions = {
  width: number
  height: number
  /** About how many intervals on the y axis (default 4). */
  tickCount?: number
  /** Keep 0 inside the y axis (default true: an area from 0 does not exaggerate a change). */
  includeZero?: boolean
}

export type LineChart = {
  /** Each input value's position; null where the value is null. */
  points: ({ x: number; y: number; value: number } | null)[]
  /** The line, one sub-path per run of consecutive values. */
  line: string
  /** The area between each run and the axis' baseline (0, or the axis' minimum when 0 is not inside). */
  area: string
  yTicks: { value: number; y: number }[]
  axis: Ticks
  /** y of the baseline the area closes on. */
  baselineY: number
  /** x of each index (the months' label positions). */
  xs: number[]
}

/**
 * Geometry of `values` (one per month, oldest first). x: the first value on
 * the left edge, the last on the right edge (a single value in the middle).
 * y: linear from the axis' min (bottom) to its max (top).
 *
 * Example: [100, 200, 300] in 200 × 100 with ticks 0 … 300 → points (0, 66.67), (100, 33.33), (200, 0).
 */
export function lineChart(values: readonly (number | null)[], options: LineChartOptions): LineChart {
  const { width, height, tickCount = 4, includeZero = true } = options
  const known = values.filter((value): value is number => value !== null && Number.isFinite(value))
  const low = Math.min(...known, ...(includeZero || known.length === 0 ? [0] : []))
  const high = Math.max(...known, ...(includeZero || known.length === 0 ? [0] : []))
  const axis = niceTicks(low, high, tickCount)
  const yOf = (value: number) => height - ((value - axis.min) / (axis.max - axis.min)) * height
  const xs = values.map((_, index) => (values.length === 1 ? width / 2 : (index / (values.length - 1)) * width))
  const points = values.map((value, index) =>
    value === null || !Number.isFinite(value) ? null : { x: xs[index]!, y: yOf(value), value },
  )
  const baselineValue = axis.min <= 0 && axis.max >= 0 ? 0 : axis.min
  const baselineY = yOf(baselineValue)
  const runs: { x: number; y: number }[][] = []
  let current: { x: number; y: number }[] = []
  for (const point of points) {
    if (point) current.push(point)
    else if (current.length) (runs.push(current), (current = []))
  }
  if (current.length) runs.push(current)
  const xy = (point: { x: number; y: number }) => `${svgNumber(point.x)} ${svgNumber(point.y)}`
  const line = runs.map((run) => `M ${run.map(xy).join(' L ')}`).join(' ')
  const area = runs
    .map((run) => `M ${svgNumber(run[0]!.x)} ${svgNumber(baselineY)} L ${run.map(xy).join(' L ')} L ${svgNumber(run[run.length - 1]!.x)} ${svgNumber(baselineY)} Z`)
    .join(' ')
  return { points, line, area, yTicks: axis.values.map((value) => ({ value, y: yOf(value) })), axis, baselineY, xs }
}

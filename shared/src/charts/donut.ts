/**
 * Donut (or pie) slices as SVG path data, from values. Pure geometry: no
 * colours, no labels, no library. The bilan's PDF draws these paths with
 * react-pdf's <Svg>/<Path>; a browser <svg> can draw the very same `d`.
 *
 * Angles are in degrees, 0 at twelve o'clock, growing clockwise (the way a
 * reader goes round a pie), in SVG coordinates (y grows downwards): the
 * point at angle θ on radius r is (cx + r·sin θ, cy − r·cos θ).
 */
import { svgNumber } from './svgNumber'

export type Point = { x: number; y: number }

export type DonutOptions = {
  cx: number
  cy: number
  outerRadius: number
  /** 0 draws a pie. */
  innerRadius: number
  /** Where the first slice starts, in degrees (default 0: twelve o'clock). */
  startAngle?: number
}

export type DonutArc = {
  /** Index of the value in the input. */
  index: number
  value: number
  /** value ÷ total, 0–1. */
  share: number
  startAngle: number
  endAngle: number
  /** The slice's outline, closed. */
  d: string
  /** Middle of the slice's ring, where a label or a leader line can start. */
  centroid: Point
}

/** The point at `angle` degrees (0 = twelve o'clock, clockwise) on the circle of `radius` around (cx, cy). */
export function pointAt(cx: number, cy: number, radius: number, angle: number): Point {
  const radians = (angle * Math.PI) / 180
  return { x: cx + radius * Math.sin(radians), y: cy - radius * Math.cos(radians) }
}

const p = (point: Point) => `${svgNumber(point.x)} ${svgNumber(point.y)}`

/** One ring sector from `start` to `end` degrees (end − start ≤ 360; a full turn is drawn as two half arcs, which SVG needs). */
export function sectorPath(o: DonutOptions, start: number, end: number): string {
  const { cx, cy, outerRadius: R, innerRadius: r } = o
  const sweep = end - start
  if (sweep <= 0) return ''
  if (sweep >= 360) {
    const half = start + 180
    const outer = `M ${p(pointAt(cx, cy, R, start))} A ${svgNumber(R)} ${svgNumber(R)} 0 1 1 ${p(pointAt(cx, cy, R, half))} A ${svgNumber(R)} ${svgNumber(R)} 0 1 1 ${p(pointAt(cx, cy, R, start))} Z`
    if (r <= 0) return outer
    // The hole, drawn the other way round so that the nonzero fill rule leaves it empty.
    return `${outer} M ${p(pointAt(cx, cy, r, start))} A ${svgNumber(r)} ${svgNumber(r)} 0 1 0 ${p(pointAt(cx, cy, r, half))} A ${svgNumber(r)} ${svgNumber(r)} 0 1 0 ${p(pointAt(cx, cy, r, start))} Z`
  }
  const large = sweep > 180 ? 1 : 0
  const outerStart = pointAt(cx, cy, R, start)
  const outerEnd = pointAt(cx, cy, R, end)
  if (r <= 0) return `M ${svgNumber(cx)} ${svgNumber(cy)} L ${p(outerStart)} A ${svgNumber(R)} ${svgNumber(R)} 0 ${large} 1 ${p(outerEnd)} Z`
  const innerEnd = pointAt(cx, cy, r, end)
  const innerStart = pointAt(cx, cy, r, start)
  return `M ${p(outerStart)} A ${svgNumber(R)} ${svgNumber(R)} 0 ${large} 1 ${p(outerEnd)} L ${p(innerEnd)} A ${svgNumber(r)} ${svgNumber(r)} 0 ${large} 0 ${p(innerStart)} Z`
}

/**
 * The slices of `values` (negative and non-finite values count as 0 and get
 * no slice), in input order, clockwise from `startAngle`. No values or a
 * zero total: no slices. Each slice's sweep is share × 360°, and the last
 * slice ends exactly where the first began.
 *
 * Example: [1, 3], centre (50, 50), radius 40, hole 20 → a first slice from
 * 0° to 90° (outer arc from (50, 10) to (90, 50)), a second from 90° to 360°.
 */
export function donutArcs(values: readonly number[], options: DonutOptions): DonutArc[] {
  const start0 = options.startAngle ?? 0
  const clean = values.map((value) => (Number.isFinite(value) && value > 0 ? value : 0))
  const total = clean.reduce((sum, value) => sum + value, 0)
  if (total <= 0) return []
  const arcs: DonutArc[] = []
  let running = 0
  clean.forEach((value, index) => {
    if (value === 0) return
    const startAngle = start0 + (running / total) * 360
    running += value
    const endAngle = running === total ? start0 + 360 : start0 + (running / total) * 360
    const middle = (startAngle + endAngle) / 2
    arcs.push({
      index,
      value,
      share: value / total,
      startAngle,
      endAngle,
      d: sectorPath(options, startAngle, endAngle),
      centroid: pointAt(options.cx, options.cy, (options.outerRadius + options.innerRadius) / 2, middle),
    })
  })
  return arcs
}

/**
 * "Nice" axis ticks: round steps of 1, 2, 2.5 or 5 × 10^k covering a range,
 * the way a person would number an axis (0, 100 000, 200 000 … not 0,
 * 83 333, 166 666 …).
 */

export type Ticks = {
  /** The axis' extent: the first and last tick. */
  min: number
  max: number
  step: number
  /** From min to max, every step. */
  values: number[]
}

const NICE_STEPS = [1, 2, 2.5, 5, 10]

/** The smallest nice step at least `rough`. */
export function niceStep(rough: number): number {
  if (!(rough > 0) || !Number.isFinite(rough)) return 1
  const power = 10 ** Math.floor(Math.log10(rough))
  const fraction = rough / power
  // A tiny tolerance, so that 2.0000000001 (floating error) stays 2.
  const nice = NICE_STEPS.find((step) => fraction <= step * (1 + 1e-9)) ?? 10
  return nice * power
}

/**
 * About `count` intervals (at least one) covering [low, high] with a nice
 * step. low = high (a flat series) widens to one step around it, or from 0.
 *
 * Example: 0 … 319 350 with 4 → step 100 000, ticks 0, 100 000, 200 000, 300 000, 400 000.
 */
export function niceTicks(low: number, high: number, count = 4): Ticks {
  let lo = Math.min(low, high)
  let hi = Math.max(low, high)
  if (lo === hi) {
    if (lo === 0) hi = 1
    else if (lo > 0) lo = 0
    else hi = 0
  }
  const step = niceStep((hi - lo) / Math.max(1, count))
  const min = Math.floor(lo / step + 1e-9) * step
  const max = Math.ceil(hi / step - 1e-9) * step
  const values: number[] = []
  for (let i = 0; min + i * step <= max + step * 1e-9; i += 1) values.push(Math.round((min + i * step) / step) * step)
  return { min, max, step, values }
}

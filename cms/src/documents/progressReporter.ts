/**
 * Progress writes for one render, at most one per `intervalMs` (the job
 * writes the row each time; a renderer may report often). A report that
 * comes too soon is dropped, except that the percentage never goes back.
 */
export function progressReporter(write: (pct: number, stage: string) => Promise<void>, intervalMs = 250, now: () => number = Date.now) {
  let last = Number.NEGATIVE_INFINITY
  let highest = 0
  return async (pct: number, stage: string): Promise<void> => {
    const clamped = Math.max(highest, Math.min(99, Math.max(0, Math.round(Number.isFinite(pct) ? pct : 0))))
    const at = now()
    if (at - last < intervalMs) return
    last = at
    highest = clamped
    await write(clamped, stage)
  }
}

/**
 * A bounded closed-loop load: `concurrency` workers each send requests one
 * after another until `total` have been sent. Only loopback targets.
 */
export type LoadResult = { latenciesMs: number[]; errors: number; seconds: number }

export const runLoad = async (
  send: () => Promise<Response>,
  options: { total: number; concurrency: number },
): Promise<LoadResult> => {
  const latenciesMs: number[] = []
  let errors = 0
  let issued = 0
  const started = performance.now()
  const worker = async () => {
    while (issued < options.total) {
      issued++
      const t0 = performance.now()
      try {
        const response = await send()
        await response.arrayBuffer()
        if (!response.ok) errors++
      } catch {
        errors++
      }
      latenciesMs.push(performance.now() - t0)
    }
  }
  await Promise.all(Array.from({ length: options.concurrency }, worker))
  return { latenciesMs, errors, seconds: (performance.now() - started) / 1000 }
}

/** The q-quantile (0..1) of the samples, nearest-rank. */
export const quantile = (samples: number[], q: number): number => {
  if (samples.length === 0) return Number.NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))
  return sorted[rank]!
}

export type Summary = { p50: number; p95: number; rps: number; errors: number; count: number }

export const summarize = (result: LoadResult): Summary => ({
  p50: quantile(result.latenciesMs, 0.5),
  p95: quantile(result.latenciesMs, 0.95),
  rps: result.latenciesMs.length / result.seconds,
  errors: result.errors,
  count: result.latenciesMs.length,
})

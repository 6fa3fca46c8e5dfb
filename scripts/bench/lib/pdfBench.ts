/**
 * What the PDF benches share (scripts/bench/invoice.ts, documents.ts): the
 * baseline — a one-page react-pdf document, a title and a paragraph — and
 * alternate timed runs of it and of the measured render after a warm-up,
 * printed as p50/p95 and their ratio.
 */
import React from 'react'
import { Document, Page, Text, renderToBuffer } from '@react-pdf/renderer'

export const onePagePdf = () =>
  renderToBuffer(
    React.createElement(
      Document,
      null,
      React.createElement(Page, { size: 'A4', style: { padding: 40, fontSize: 10 } }, React.createElement(Text, null, 'Atlas'), React.createElement(Text, null, 'Une page de référence, un paragraphe de texte.')),
    ),
  )

export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

const timed = async (render: () => Promise<unknown>) => {
  const t0 = performance.now()
  await render()
  return performance.now() - t0
}

/** Warm-up, then `runs` alternating renders of the baseline and the measured one; prints both and the ratio. */
export async function benchAgainstOnePage(options: { title: string; name: string; short: string; render: () => Promise<unknown>; runs: number; warmup: number }) {
  const { title, name, short, render, runs, warmup } = options
  for (let i = 0; i < warmup; i += 1) {
    await onePagePdf()
    await render()
  }
  const baseline: number[] = []
  const measured: number[] = []
  for (let i = 0; i < runs; i += 1) {
    baseline.push(await timed(onePagePdf))
    measured.push(await timed(render))
  }
  const width = Math.max(34, name.length + 2)
  const row = (label: string, values: number[]) =>
    console.log(`  ${label.padEnd(width)} p50 ${percentile(values, 50).toFixed(1).padStart(7)} ms   p95 ${percentile(values, 95).toFixed(1).padStart(7)} ms`)
  console.log(`[bench] ${title}, ${runs} runs each (after ${warmup} warm-up), alternating`)
  row('baseline, one-page react-pdf', baseline)
  row(name, measured)
  const ratio = (p: number) => (percentile(measured, p) / percentile(baseline, p)).toFixed(2)
  console.log(`  ${`ratio ${short} / baseline`.padEnd(width)} p50 ${ratio(50)}   p95 ${ratio(95)}`)
  return { baseline, measured }
}

/**
 * The measured part of scripts/bench/invoice.ts, in a process of its own
 * (cwd cms, so the cms's tsconfig and dependencies apply). Renders a
 * one-page react-pdf document (the baseline: a title and a paragraph) and
 * an Atlas invoice (every mention, 12 lines at two rates), alternately, and
 * prints p50/p95 of each and their ratio. No database: rendering only.
 */
import React from 'react'
import { Document, Page, Text, renderToBuffer } from '@react-pdf/renderer'
import { computeInvoiceTotals } from '@atlas/shared/billing/vat'
import type { Invoice } from '@atlas/shared/payload-types'
import { renderInvoicePdf } from '../../../cms/src/invoices/pdf/renderInvoicePdf'

const RUNS = Number(process.env.BENCH_RUNS || 60)
const WARMUP = 5

const inputs = Array.from({ length: 12 }, (_, i) => ({
  label: `Prestation de conseil n° ${i + 1}`,
  quantity: 1 + (i % 3),
  unitExclVatCents: 4_999 + i * 1_001,
  vatRateBps: i % 4 === 0 ? 550 : 2000,
}))
const totals = computeInvoiceTotals(inputs)
const invoice = {
  id: 1,
  kind: 'invoice',
  status: 'issued',
  customer: 1,
  number: 'FA-2026-000123',
  issuedAt: '2026-12-04T10:00:00.000Z',
  createdAt: '',
  updatedAt: '',
  seller: {
    legalName: 'Atlas Patrimoine SAS (fictif)',
    legalForm: 'Société par actions simplifiée',
    capitalCents: 1_000_000,
    siren: '123456782',
    rcsCity: 'Paris',
    vatNumber: 'FR11123456782',
    street: '1 rue de l’Exemple',
    postcode: '75008',
    city: 'Paris',
    email: 'contact@atlas-patrimoine.exemple',
    latePaymentPenalty: 'trois fois le taux d’intérêt légal',
  },
  buyer: { name: 'Léa Dubois', companyName: 'Dubois Conseil SARL', isBusiness: true, street: '3 place Bellecour', postcode: '69002', city: 'Lyon' },
  lines: totals.lines.map((l) => ({ ...l, unitPriceExclVatCents: l.unitExclVatCents })),
  vatBreakdown: totals.byRate,
  totalExclVatCents: totals.exclVatCents,
  totalVatCents: totals.vatCents,
  totalInclVatCents: totals.inclVatCents,
  paidAt: '2026-12-04T10:00:00.000Z',
  paymentMethod: 'Carte bancaire (Stripe)',
} as unknown as Invoice

const onePage = () =>
  renderToBuffer(
    React.createElement(
      Document,
      null,
      React.createElement(Page, { size: 'A4', style: { padding: 40, fontSize: 10 } }, React.createElement(Text, null, 'Atlas'), React.createElement(Text, null, 'Une page de référence, un paragraphe de texte.')),
    ),
  )
const atlasInvoice = () => renderInvoicePdf({ invoice })

const timed = async (render: () => Promise<Buffer>) => {
  const t0 = performance.now()
  await render()
  return performance.now() - t0
}
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

for (let i = 0; i < WARMUP; i += 1) {
  await onePage()
  await atlasInvoice()
}
const baseline: number[] = []
const measured: number[] = []
for (let i = 0; i < RUNS; i += 1) {
  baseline.push(await timed(onePage))
  measured.push(await timed(atlasInvoice))
}
const row = (name: string, values: number[]) =>
  console.log(`  ${name.padEnd(34)} p50 ${percentile(values, 50).toFixed(1).padStart(7)} ms   p95 ${percentile(values, 95).toFixed(1).padStart(7)} ms`)
console.log(`[bench] invoice PDF render, ${RUNS} runs each (after ${WARMUP} warm-up), alternating`)
row('baseline, one-page react-pdf', baseline)
row('Atlas invoice (12 lines, 2 rates)', measured)
console.log(`  ratio invoice / baseline           p50 ${(percentile(measured, 50) / percentile(baseline, 50)).toFixed(2)}   p95 ${(percentile(measured, 95) / percentile(baseline, 95)).toFixed(2)}`)
console.log(`  invoice size ${(await atlasInvoice()).length} bytes`)

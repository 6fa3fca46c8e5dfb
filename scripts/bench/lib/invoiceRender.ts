/**
 * The measured part of scripts/bench/invoice.ts, in a process of its own
 * (cwd cms, so the cms's tsconfig and dependencies apply). Renders a
 * one-page react-pdf document (the baseline: a title and a paragraph) and
 * an Atlas invoice (every mention, 12 lines at two rates), alternately, and
 * prints p50/p95 of each and their ratio. No database: rendering only.
 */
import { computeInvoiceTotals } from '@atlas/shared/billing/vat'
import type { Invoice } from '@atlas/shared/payload-types'
import { renderInvoicePdf } from '../../../cms/src/invoices/pdf/renderInvoicePdf'
import { benchAgainstOnePage } from './pdfBench'

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

const atlasInvoice = () => renderInvoicePdf({ invoice })

await benchAgainstOnePage({ title: 'invoice PDF render', name: 'Atlas invoice (12 lines, 2 rates)', short: 'invoice', render: atlasInvoice, runs: RUNS, warmup: WARMUP })
console.log(`  invoice size ${(await atlasInvoice()).length} bytes`)

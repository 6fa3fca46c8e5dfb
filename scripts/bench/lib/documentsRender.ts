/**
 * The measured part of scripts/bench/documents.ts, in a process of its own
 * (cwd cms, so the cms's tsconfig and dependencies apply). Renders a
 * one-page react-pdf document (the baseline: a title and a paragraph) and
 * the bilan patrimonial of an investor with 50 assets and 24 months of
 * history (model + PDF, as the job does after reading the database),
 * alternately, and prints p50/p95 of each and their ratio. No database:
 * the input is built here.
 */
import React from 'react'
import type { AssetDoc } from '@atlas/shared/patrimony/groups'
import { BilanDocument } from '../../../cms/src/documents/bilan/BilanDocument'
import { BILAN_NOW, bilanHistory, bilanProfile } from '../../../cms/src/documents/bilan/bilanFixture'
import { bilanModel } from '../../../cms/src/documents/bilan/model'
import { exampleBranding } from '../../../cms/src/documents/pdf/exampleBranding'
import { renderPdf } from '../../../cms/src/documents/pdf/renderPdf'
import { benchAgainstOnePage, percentile } from './pdfBench'

const RUNS = Number(process.env.BENCH_RUNS || 40)
const WARMUP = 5

const CATEGORIES = ['current-account', 'livret-a', 'ldds', 'pel', 'life-insurance-euro', 'life-insurance-unit-linked', 'pea', 'securities-account', 'per', 'employee-savings', 'rental-property', 'scpi', 'crypto', 'business', 'valuables', 'other']
const assets: AssetDoc[] = [
  ...Array.from({ length: 45 }, (_, i): AssetDoc => ({
    id: i + 1,
    kind: 'asset',
    category: CATEGORIES[i % CATEGORIES.length]!,
    label: `Actif n° ${i + 1}`,
    institution: i % 3 === 0 ? 'Banque Exemple' : null,
    valueCents: 1_000_000 + i * 137_913,
    ownershipSharePct: i % 7 === 0 ? 50 : 100,
    ownership: i === 10 ? 'usufruct' : i === 11 ? 'bare' : 'full',
  })),
  { id: 46, kind: 'asset', category: 'main-home', label: 'Résidence principale', valueCents: 90_000_000, ownershipSharePct: 100 },
  { id: 47, kind: 'liability', category: 'mortgage', label: 'Prêt résidence', valueCents: 25_000_000, ownershipSharePct: 100, financedAsset: 46 },
  { id: 48, kind: 'liability', category: 'mortgage', label: 'Prêt locatif', valueCents: 12_000_000, ownershipSharePct: 100, financedAsset: 11 },
  { id: 49, kind: 'liability', category: 'consumer-loan', label: 'Crédit auto', valueCents: 1_500_000, ownershipSharePct: 100 },
  { id: 50, kind: 'liability', category: 'other-debt', label: 'Prêt familial', valueCents: 500_000, ownershipSharePct: 100 },
]
const branding = exampleBranding()
const text = (value: string, format = 0) => ({ type: 'text', text: value, format, detail: 0, mode: 'normal', style: '', version: 1 })
const comment = { root: { type: 'root', children: Array.from({ length: 4 }, (_, i) => ({ type: 'paragraph', children: [text(`Paragraphe ${i + 1} du commentaire du conseiller, `), text('avec du gras', 1), text(' et un texte d’une longueur réaliste pour un bilan.')] })) } }
// 24 months, all recorded.
const input = { now: BILAN_NOW, profile: bilanProfile(), assets, history: bilanHistory(24, 0), comment }

const render = () => renderPdf(React.createElement(BilanDocument, { model: bilanModel(input), branding, locale: 'fr', now: BILAN_NOW }) as never)

const { measured } = await benchAgainstOnePage({ title: 'bilan patrimonial PDF render', name: 'bilan (50 assets, 24 months, 2 charts)', short: 'bilan', render, runs: RUNS, warmup: WARMUP })
const sample = await render()
console.log(`  bilan: ${sample.pageCount} pages, ${sample.bytes.length} bytes; aim p95 ≤ 500 ms: ${percentile(measured, 95) <= 500 ? 'met' : 'NOT met'}`)

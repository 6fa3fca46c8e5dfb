import { countedValueCents, netWorth, type Holding, type NetWorth } from '@atlas/shared/finance/netWorth'
import { isCents } from '@atlas/shared/finance/money'
import { categoryKind, categoryLabel, isCategory, type CategoryLabel } from '@atlas/shared/patrimony/categories'

import type { AssetDoc } from '@atlas/shared/patrimony/groups'

export type { AssetDoc }

export type PatrimonyLine = {
  id: string
  label: string
  category: CategoryLabel['label']
  /** The investor's part of the value, what the totals count. */
  countedCents: number
  sharePct: number
}

export type Patrimony = {
  assets: PatrimonyLine[]
  liabilities: PatrimonyLine[]
  totals: NetWorth
  /** Documents that could not be counted (unknown category, bad amount). */
  skipped: number
}

function toHolding(doc: AssetDoc): Holding | null {
  if (!isCategory(doc.category) || categoryKind(doc.category) !== doc.kind) return null
  if (!isCents(doc.valueCents) || doc.valueCents < 0) return null
  const share = doc.ownershipSharePct ?? 100
  if (!(share >= 0 && share <= 100)) return null
  return { kind: doc.kind, category: doc.category, valueCents: doc.valueCents, ownershipSharePct: share }
}

/**
 * The dashboard's view of an investor's documents: lines owned and owed, in
 * the order given, and the totals `netWorth` computes from the same lines.
 */
export function summarisePatrimony(docs: readonly AssetDoc[]): Patrimony {
  const holdings: Holding[] = []
  const assets: PatrimonyLine[] = []
  const liabilities: PatrimonyLine[] = []
  for (const doc of docs) {
    const holding = toHolding(doc)
    if (!holding) continue
    holdings.push(holding)
    const line: PatrimonyLine = {
      id: String(doc.id),
      label: doc.label?.trim() || '',
      category: categoryLabel(holding.category).label,
      countedCents: countedValueCents(holding),
      sharePct: holding.ownershipSharePct ?? 100,
    }
    ;(holding.kind === 'asset' ? assets : liabilities).push(line)
  }
  return { assets, liabilities, totals: netWorth(holdings), skipped: docs.length - holdings.length }
}

import { countedValueCents, netWorth, type Holding, type NetWorth } from '@atlas/shared/finance/netWorth'
import { categoryLabel, type CategoryLabel } from '@atlas/shared/patrimony/categories'
import { holdingOf } from '@atlas/shared/patrimony/holdingOf'

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

/**
 * The dashboard's view of an investor's documents: lines owned and owed, in
 * the order given, and the totals `netWorth` computes from the same lines.
 */
export function summarisePatrimony(docs: readonly AssetDoc[]): Patrimony {
  const holdings: Holding[] = []
  const assets: PatrimonyLine[] = []
  const liabilities: PatrimonyLine[] = []
  for (const doc of docs) {
    const holding = holdingOf(doc)
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

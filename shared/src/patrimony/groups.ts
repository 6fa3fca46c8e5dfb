import { countedValueCents, netWorth, type Holding, type NetWorth } from '../finance/netWorth'
import { isCents } from '../finance/money'
import {
  ASSET_CATEGORIES,
  LIABILITY_CATEGORIES,
  categoryKind,
  categoryLabel,
  isCategory,
  type Category,
  type CategoryLabel,
} from './categories'
import type { LoanFields } from './loans'
import { quotedHoldingOf } from '../prices/quotedHolding'

/** An asset or liability as `GET /api/assets` (and the cms Local API) returns it (docs/api.md). */
export type AssetDoc = LoanFields & {
  id: string | number
  kind: 'asset' | 'liability'
  category: string
  label?: string | null
  valueCents: number
  ownershipSharePct?: number | null
  institution?: string | null
  contributionsCents?: number | null
  openedAt?: string | null
  ownership?: 'full' | 'usufruct' | 'bare' | null
  cryptoSymbol?: string | null
  cryptoQuantity?: number | null
  listedSymbol?: string | null
  listedQuantity?: number | null
  /** When the value is quantity × price: the price's date (decision 031). */
  priceAsOf?: string | null
}

/** The documents that can be counted (known category of the right kind, whole cents, share 0–100), as holdings. */
export const holdingsOf = (docs: readonly AssetDoc[]): Holding[] =>
  docs.flatMap((doc) => {
    const share = doc.ownershipSharePct ?? 100
    if (!isCategory(doc.category) || categoryKind(doc.category) !== doc.kind) return []
    if (!isCents(doc.valueCents) || doc.valueCents < 0 || !(share >= 0 && share <= 100)) return []
    return [{ kind: doc.kind, category: doc.category, valueCents: doc.valueCents, ownershipSharePct: share }]
  })

export type GroupLine = {
  id: string
  label: string
  institution: string
  countedCents: number
  valueCents: number
  sharePct: number
  ownership: string
  /** A quoted holding's symbol, quantity and price date ("0,5 BTC · cours du 30/11"); null for a value typed by hand. */
  quote: { symbol: string; quantity: number; priceAsOf: string | null } | null
}
export type CategoryGroup = { category: Category; label: CategoryLabel['label']; lines: GroupLine[]; totalCents: number }
export type GroupedPatrimony = { assets: CategoryGroup[]; liabilities: CategoryGroup[]; totals: NetWorth }

const quoteOf = (doc: AssetDoc): GroupLine['quote'] => {
  const quoted = quotedHoldingOf(doc)
  return quoted ? { ...quoted, priceAsOf: doc.priceAsOf ?? null } : null
}

/**
 * The patrimony page's view: documents grouped by category in the order of
 * the shared table, each group with its total (rounded once, like
 * `netWorth`), then the totals of everything. Documents that cannot be
 * counted (unknown category, bad amount) are left out.
 */
export function groupPatrimony(docs: readonly AssetDoc[]): GroupedPatrimony {
  const byCategory = new Map<Category, { holdings: Holding[]; lines: GroupLine[] }>()
  const all: Holding[] = []
  for (const doc of docs) {
    if (!isCategory(doc.category) || categoryKind(doc.category) !== doc.kind) continue
    const share = doc.ownershipSharePct ?? 100
    if (!isCents(doc.valueCents) || doc.valueCents < 0 || !(share >= 0 && share <= 100)) continue
    const holding: Holding = { kind: doc.kind, category: doc.category, valueCents: doc.valueCents, ownershipSharePct: share }
    all.push(holding)
    const group = byCategory.get(doc.category) ?? { holdings: [], lines: [] }
    group.holdings.push(holding)
    group.lines.push({
      id: String(doc.id),
      label: doc.label?.trim() ?? '',
      institution: doc.institution?.trim() ?? '',
      countedCents: countedValueCents(holding),
      valueCents: doc.valueCents,
      sharePct: share,
      ownership: doc.ownership ?? 'full',
      quote: quoteOf(doc),
    })
    byCategory.set(doc.category, group)
  }
  const groupsOf = (categories: readonly Category[]): CategoryGroup[] =>
    categories.flatMap((category) => {
      const group = byCategory.get(category)
      if (!group) return []
      const totals = netWorth(group.holdings)
      const totalCents = categoryKind(category) === 'asset' ? totals.grossAssetsCents : totals.totalLiabilitiesCents
      return [{ category, label: categoryLabel(category).label, lines: group.lines, totalCents }]
    })
  return { assets: groupsOf(ASSET_CATEGORIES), liabilities: groupsOf(LIABILITY_CATEGORIES), totals: netWorth(all) }
}

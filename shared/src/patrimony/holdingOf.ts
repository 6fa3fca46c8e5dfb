import { isCents } from '../finance/money'
import type { Holding } from '../finance/netWorth'
import { categoryKind, isCategory } from './categories'

/** The part of an asset document (`GET /api/assets`) that the calculations read. */
export type AssetFigures = {
  kind: string
  category: string
  valueCents: number
  ownershipSharePct?: number | null
}

/**
 * The holding a stored asset stands for, or null when it cannot be counted
 * (unknown category, kind that contradicts it, bad amount or share). Used by
 * the dashboard (web) and the assistant's summary (cms) alike.
 */
export function holdingOf(doc: AssetFigures): Holding | null {
  if (!isCategory(doc.category) || categoryKind(doc.category) !== doc.kind) return null
  if (!isCents(doc.valueCents) || doc.valueCents < 0) return null
  const share = doc.ownershipSharePct ?? 100
  if (!(share >= 0 && share <= 100)) return null
  return { kind: doc.kind, category: doc.category, valueCents: doc.valueCents, ownershipSharePct: share }
}

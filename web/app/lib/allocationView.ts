import { allocationByCategory, allocationByLiquidity, allocationByRisk } from '@atlas/shared/finance/allocation'
import type { Locale } from '@atlas/shared/i18n'
import { translate } from '@atlas/shared/i18n'
import { categoryLabel } from '@atlas/shared/patrimony/categories'
import { holdingsOf, type AssetDoc } from '@atlas/shared/patrimony/groups'

/** The three views of the allocation pie, chosen by `?repartition=` so the toggle works without JavaScript. */
export const ALLOCATION_VIEWS = { categorie: 'category', disponibilite: 'liquidity', risque: 'risk' } as const
export type AllocationView = keyof typeof ALLOCATION_VIEWS

export const parseAllocationView = (raw: string | null): AllocationView =>
  raw === 'disponibilite' || raw === 'risque' ? raw : 'categorie'

export type AllocationSliceView = { key: string; labels: Record<Locale, string>; valueCents: number; share: number }


const both = (key: string): Record<Locale, string> => ({ fr: translate('fr', key), en: translate('en', key) })

/** The pie's slices for a view, with labels in both languages (shared allocation maths). */
export function allocationSlices(docs: readonly AssetDoc[], view: AllocationView): AllocationSliceView[] {
  const holdings = holdingsOf(docs)
  if (view === 'disponibilite') {
    return allocationByLiquidity(holdings).map((slice) => ({ ...slice, labels: both(`liquidity.${slice.key}`) }))
  }
  if (view === 'risque') return allocationByRisk(holdings).map((slice) => ({ ...slice, labels: both(`risk.${slice.key}`) }))
  return allocationByCategory(holdings).map((slice) => ({ ...slice, labels: categoryLabel(slice.key).label }))
}

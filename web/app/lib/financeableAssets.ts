import { holdingOf } from '@atlas/shared/patrimony/holdingOf'
import { categoryLabel, type Category } from '@atlas/shared/patrimony/categories'
import type { Locale } from '@atlas/shared/i18n'
import type { AssetDoc } from './patrimony'

export type FinanceableAsset = { id: string; label: string }

/**
 * What a loan may finance, for the "Bien financé" select: the investor's own
 * assets (not debts, not the document being edited), by label, each with its
 * category so two "Appartement" can be told apart.
 */
export function financeableAssets(docs: readonly AssetDoc[], locale: Locale, exceptId?: string): FinanceableAsset[] {
  return docs
    .filter((doc) => holdingOf(doc)?.kind === 'asset' && String(doc.id) !== exceptId)
    .map((doc) => {
      const category = categoryLabel(doc.category as Category).label[locale]
      const label = doc.label?.trim()
      return { id: String(doc.id), label: label ? `${label} (${category})` : category }
    })
    .sort((a, b) => a.label.localeCompare(b.label, locale))
}

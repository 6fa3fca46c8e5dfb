import {
  ASSET_CATEGORIES,
  ASSET_CATEGORY_INFO,
  LIABILITY_CATEGORIES,
  LIABILITY_CATEGORY_INFO,
  isAssetCategory,
  isCategory,
  isLiabilityCategory,
} from '@atlas/shared/patrimony/categories'
import type { SelectFieldSingleValidation } from 'payload'
import { select } from 'payload/shared'

/** Select options for `assets.category`, from the one table in shared/. */
export const categoryOptions = [
  ...ASSET_CATEGORIES.map((value) => ({ value, label: ASSET_CATEGORY_INFO[value].label })),
  ...LIABILITY_CATEGORIES.map((value) => ({ value, label: LIABILITY_CATEGORY_INFO[value].label })),
]

/** A category must match the kind: a mortgage is a liability, a PEA an asset. */
export const validateCategory: SelectFieldSingleValidation = (value, options) => {
  const known = select(value, options)
  if (known !== true) return known
  // Payload's select validator lets `false`, `{}` and other non-strings through to the enum column.
  if (!isCategory(value)) return 'Choisissez une catégorie dans la liste.'
  const siblingData = options.siblingData as { kind?: string }
  if (siblingData.kind === 'liability' && !isLiabilityCategory(value)) {
    return 'Cette catégorie est un actif : choisissez une catégorie de dette.'
  }
  if (siblingData.kind !== 'liability' && !isAssetCategory(value)) {
    return 'Cette catégorie est une dette : choisissez « Passif » comme nature.'
  }
  return true
}

/** Payload's select validator lets an object through (`{}` reached the enum column): only the two kinds pass. */
export const validateKind: SelectFieldSingleValidation = (value, options) => {
  const known = select(value, options)
  if (known !== true) return known
  return value === 'asset' || value === 'liability' || 'Choisissez « Actif » ou « Passif ».'
}

/**
 * The envelope (enveloppe) each asset category is held in, as the bilan's
 * "par enveloppe" table groups them: the tax and legal wrapper, not the
 * asset inside. Property, crypto, business interests and valuables held
 * outright are "détention directe".
 */
import type { AssetCategory } from '@atlas/shared/patrimony/categories'

export const WRAPPERS = ['bank', 'regulated', 'pel', 'life-insurance', 'pea', 'securities', 'retirement', 'employee', 'scpi', 'direct'] as const
export type Wrapper = (typeof WRAPPERS)[number]

export const WRAPPER_OF: Readonly<Record<AssetCategory, Wrapper>> = {
  'current-account': 'bank',
  'livret-a': 'regulated',
  ldds: 'regulated',
  lep: 'regulated',
  pel: 'pel',
  'life-insurance-euro': 'life-insurance',
  'life-insurance-unit-linked': 'life-insurance',
  pea: 'pea',
  'pea-pme': 'pea',
  'securities-account': 'securities',
  per: 'retirement',
  'employee-savings': 'employee',
  scpi: 'scpi',
  'main-home': 'direct',
  'rental-property': 'direct',
  crypto: 'direct',
  business: 'direct',
  valuables: 'direct',
  other: 'direct',
}

/** The families of the "par famille" table: what the money is, whatever holds it. */
export const FAMILIES = ['cash', 'financial', 'real-estate', 'professional', 'other'] as const
export type Family = (typeof FAMILIES)[number]

export const FAMILY_OF: Readonly<Record<AssetCategory, Family>> = {
  'current-account': 'cash',
  'livret-a': 'cash',
  ldds: 'cash',
  lep: 'cash',
  pel: 'cash',
  'life-insurance-euro': 'financial',
  'life-insurance-unit-linked': 'financial',
  pea: 'financial',
  'pea-pme': 'financial',
  'securities-account': 'financial',
  per: 'financial',
  'employee-savings': 'financial',
  crypto: 'financial',
  'main-home': 'real-estate',
  'rental-property': 'real-estate',
  scpi: 'real-estate',
  business: 'professional',
  valuables: 'other',
  other: 'other',
}

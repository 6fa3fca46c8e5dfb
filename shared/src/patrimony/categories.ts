/**
 * What an investor can own or owe, in French terms. The keys are stable
 * ASCII kebab-case and are stored in the database: never rename one, add a
 * new key and migrate instead.
 *
 * Each asset category carries two coarse defaults used by the allocation
 * charts. They describe the usual product, not a particular holding (the
 * emergency fund counts a stricter list: finance/emergencyFund.ts):
 *
 * - liquidity — how soon the money can be on the current account:
 *   `immediate` (same day), `short` (under a month: selling listed
 *   securities, closing a PEL), `medium` (one month to about a year: an
 *   assurance-vie surrender, which the insurer may take up to two months to
 *   pay, art. L132-21 Code des assurances), `illiquid` (locked by law or by
 *   the market: PER, employee savings, property, SCPI, unlisted shares).
 * - risk — chance of losing capital: `none` (State-regulated deposits),
 *   `low` (capital guaranteed by an insurer), `medium` (diversified or real
 *   assets), `high` (equities, small caps, crypto, a single business).
 *
 * Life insurance is two categories, one per compartment (fonds euros and
 * unités de compte), because they differ in risk; `splitLifeInsurance`
 * turns one contract and its euro-fund share into the two lines.
 *
 * Liabilities have no liquidity or risk class: they are excluded from the
 * allocation (see finance/allocation.ts).
 */
import type { Cents } from '../finance/money'
import { assertCents, roundHalfAwayFromZero } from '../finance/money'

export type Liquidity = 'immediate' | 'short' | 'medium' | 'illiquid'
export type RiskClass = 'none' | 'low' | 'medium' | 'high'
export type HoldingKind = 'asset' | 'liability'

export const LIQUIDITY_CLASSES = ['immediate', 'short', 'medium', 'illiquid'] as const
export const RISK_CLASSES = ['none', 'low', 'medium', 'high'] as const

export const ASSET_CATEGORIES = [
  'current-account',
  'livret-a',
  'ldds',
  'lep',
  'pel',
  'life-insurance-euro',
  'life-insurance-unit-linked',
  'pea',
  'pea-pme',
  'securities-account',
  'per',
  'employee-savings',
  'main-home',
  'rental-property',
  'scpi',
  'crypto',
  'business',
  'valuables',
  'other',
] as const
export type AssetCategory = (typeof ASSET_CATEGORIES)[number]

export const LIABILITY_CATEGORIES = ['mortgage', 'consumer-loan', 'other-debt'] as const
export type LiabilityCategory = (typeof LIABILITY_CATEGORIES)[number]

export type Category = AssetCategory | LiabilityCategory

/** Display names; `labelKey` is the i18n key for the same words. */
export interface CategoryLabel {
  labelKey: string
  label: { fr: string; en: string }
}

export interface AssetCategoryInfo extends CategoryLabel {
  kind: 'asset'
  liquidity: Liquidity
  risk: RiskClass
}

export interface LiabilityCategoryInfo extends CategoryLabel {
  kind: 'liability'
}

const asset = (
  key: AssetCategory,
  liquidity: Liquidity,
  risk: RiskClass,
  fr: string,
  en: string,
): AssetCategoryInfo => ({
  kind: 'asset',
  liquidity,
  risk,
  labelKey: `patrimony.category.${key}`,
  label: { fr, en },
})

const liability = (key: LiabilityCategory, fr: string, en: string): LiabilityCategoryInfo => ({
  kind: 'liability',
  labelKey: `patrimony.category.${key}`,
  label: { fr, en },
})

/** Liquidity, risk and labels of every asset category, in one table. */
export const ASSET_CATEGORY_INFO: Readonly<Record<AssetCategory, AssetCategoryInfo>> = {
  'current-account': asset(
    'current-account',
    'immediate',
    'none',
    'Compte courant',
    'Current account',
  ),
  'livret-a': asset('livret-a', 'immediate', 'none', 'Livret A', 'Livret A savings account'),
  ldds: asset('ldds', 'immediate', 'none', 'LDDS', 'LDDS savings account'),
  lep: asset('lep', 'immediate', 'none', 'LEP', 'LEP savings account'),
  pel: asset('pel', 'short', 'none', 'Plan d’épargne logement (PEL)', 'Home savings plan (PEL)'),
  'life-insurance-euro': asset(
    'life-insurance-euro',
    'medium',
    'low',
    'Assurance-vie — fonds euros',
    'Life insurance — euro fund',
  ),
  'life-insurance-unit-linked': asset(
    'life-insurance-unit-linked',
    'medium',
    'medium',
    'Assurance-vie — unités de compte',
    'Life insurance — unit-linked',
  ),
  pea: asset('pea', 'short', 'high', 'PEA', 'PEA equity savings plan'),
  'pea-pme': asset('pea-pme', 'short', 'high', 'PEA-PME', 'PEA-PME (SME equity plan)'),
  'securities-account': asset(
    'securities-account',
    'short',
    'high',
    'Compte-titres',
    'Securities account',
  ),
  per: asset(
    'per',
    'illiquid',
    'medium',
    'Plan d’épargne retraite (PER)',
    'Retirement savings plan (PER)',
  ),
  'employee-savings': asset(
    'employee-savings',
    'illiquid',
    'medium',
    'Épargne salariale',
    'Employee savings',
  ),
  'main-home': asset('main-home', 'illiquid', 'medium', 'Résidence principale', 'Main home'),
  'rental-property': asset(
    'rental-property',
    'illiquid',
    'medium',
    'Immobilier locatif',
    'Rental property',
  ),
  scpi: asset('scpi', 'illiquid', 'medium', 'SCPI', 'SCPI (real-estate fund)'),
  crypto: asset('crypto', 'short', 'high', 'Crypto-actifs', 'Crypto-assets'),
  business: asset('business', 'illiquid', 'high', 'Parts de société', 'Business interests'),
  valuables: asset('valuables', 'illiquid', 'medium', 'Biens de valeur', 'Valuables'),
  other: asset('other', 'medium', 'medium', 'Autre actif', 'Other asset'),
}

/** Labels of every liability category. */
export const LIABILITY_CATEGORY_INFO: Readonly<Record<LiabilityCategory, LiabilityCategoryInfo>> = {
  mortgage: liability('mortgage', 'Crédit immobilier', 'Mortgage'),
  'consumer-loan': liability('consumer-loan', 'Crédit à la consommation', 'Consumer loan'),
  'other-debt': liability('other-debt', 'Autre dette', 'Other debt'),
}

export const isAssetCategory = (value: unknown): value is AssetCategory =>
  typeof value === 'string' && (ASSET_CATEGORIES as readonly string[]).includes(value)

export const isLiabilityCategory = (value: unknown): value is LiabilityCategory =>
  typeof value === 'string' && (LIABILITY_CATEGORIES as readonly string[]).includes(value)

export const isCategory = (value: unknown): value is Category =>
  isAssetCategory(value) || isLiabilityCategory(value)

/** Whether a category is something owned or something owed. */
export function categoryKind(category: Category): HoldingKind {
  return isAssetCategory(category) ? 'asset' : 'liability'
}

/** The liquidity, risk and labels of an asset category. */
export function assetCategoryInfo(category: AssetCategory): AssetCategoryInfo {
  return ASSET_CATEGORY_INFO[category]
}

/** The labels of any category. */
export function categoryLabel(category: Category): CategoryLabel {
  return isAssetCategory(category)
    ? ASSET_CATEGORY_INFO[category]
    : LIABILITY_CATEGORY_INFO[category]
}

/** Asset categories whose money is on the current account within a month. */
export function isLiquid(category: AssetCategory): boolean {
  const { liquidity } = ASSET_CATEGORY_INFO[category]
  return liquidity === 'immediate' || liquidity === 'short'
}

/**
 * One life-insurance contract as its two compartments. The euro-fund part is
 * `totalCents × euroFundSharePct / 100` rounded half away from zero; the
 * unit-linked part is the rest, so the two always add up to the total.
 * Example: 100 001 c at 50 % → 50 001 c euro fund (50 000,5 rounded up) +
 * 50 000 c unit-linked.
 */
export function splitLifeInsurance(
  totalCents: Cents,
  euroFundSharePct: number,
): { category: 'life-insurance-euro' | 'life-insurance-unit-linked'; valueCents: Cents }[] {
  assertCents(totalCents, 'totalCents')
  if (!(euroFundSharePct >= 0 && euroFundSharePct <= 100)) {
    throw new RangeError(`euroFundSharePct must be within 0–100, got ${euroFundSharePct}`)
  }
  const euroCents = roundHalfAwayFromZero((totalCents * euroFundSharePct) / 100)
  return [
    { category: 'life-insurance-euro', valueCents: euroCents },
    { category: 'life-insurance-unit-linked', valueCents: totalCents - euroCents },
  ]
}

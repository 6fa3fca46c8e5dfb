import { WRAPPERS, type Wrapper } from '../../assistant/wrapperGuide'
import type { Cents } from '../../finance/money'
import { PRODUCT_CLASSES, type ProductClass } from '../../profile/productClasses'

/**
 * The advisor's recommendation as the suitability analysis reads it (the
 * `recommendations` collection stores exactly this, plus who and when).
 * Keys are stored: never rename one.
 */
export const RECOMMENDATION_STATUSES = ['draft', 'final'] as const
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number]

/** SFDR (Regulation (EU) 2019/2088): art. 6 (no sustainability claim), 8 (promotes E/S characteristics), 9 (sustainable objective). */
export const SFDR_ARTICLES = ['6', '8', '9'] as const
export type SfdrArticle = (typeof SFDR_ARTICLES)[number]

/** The PRIIPs summary risk indicator, 1–7 (the same scale as the profile's risk score). */
export type Sri = 1 | 2 | 3 | 4 | 5 | 6 | 7

/** The asset classes of a target allocation: the questionnaire's product classes, so allocation, products and knowledge speak the same list. */
export const ALLOCATION_CLASSES = PRODUCT_CLASSES
/** The wrappers (enveloppes) a product is held in: the assistant's list (assistant/wrapperGuide.ts). */
export const RECOMMENDATION_WRAPPERS = WRAPPERS
export type { Wrapper }

export type AllocationLine = { assetClass: ProductClass; pct: number }

export type RecommendedProduct = {
  name: string
  isin?: string | null
  productClass: ProductClass
  wrapper: Wrapper
  amountCents: Cents
  sri: Sri
  recommendedHorizonYears: number
  sfdr: SfdrArticle
  /** Share of the product aligned with the EU taxonomy, 0–100. */
  taxonomyPct: number
}

export type RecommendationFacts = {
  targetAllocation: readonly AllocationLine[]
  products: readonly RecommendedProduct[]
}

/** Total of a target allocation in hundredths of a percent, so 33,33 + 33,33 + 33,34 is exactly 100. */
export const allocationTotalHundredths = (lines: readonly { pct: number }[]): number =>
  lines.reduce((sum, line) => sum + Math.round(line.pct * 100), 0)

/** The i18n key of the refusal when a target allocation given does not add up to 100 %, else null. */
export function allocationProblem(lines: readonly { pct: number }[]): string | null {
  if (lines.length === 0) return null
  return allocationTotalHundredths(lines) === 10_000 ? null : 'recommendations.errors.allocationSum'
}

/** Each asset class at most once in a target allocation. */
export function allocationDuplicate(lines: readonly { assetClass: string }[]): string | null {
  return new Set(lines.map((line) => line.assetClass)).size === lines.length ? null : 'recommendations.errors.allocationDuplicate'
}

import type { ProductClass } from '../../profile/productClasses'
import type { INVESTMENT_PURPOSES } from '../../profile/questionnaire/options'
import type { RecommendedProduct, Wrapper } from './recommendation'

export type Purpose = (typeof INVESTMENT_PURPOSES)[number]

/**
 * Which of the questionnaire's investment purposes a product can serve: its
 * wrapper's purposes and its class's, together. A firm's reading of the
 * French wrappers (assistant/wrapperGuide.ts), kept as data:
 * - regulated savings (Livret A, LDDS, LEP): precautionary savings;
 * - PEL: a property project, precautionary savings;
 * - PEA, PEA-PME: growing capital, tax (gains free of income tax after 5 years);
 * - assurance-vie: growth, income, retirement, transmission (art. 990 I CGI), tax;
 * - PER: retirement, tax (deductible payments);
 * - compte-titres: growth, income; SCPI: income, growth.
 */
const WRAPPER_PURPOSES: Readonly<Record<Wrapper, readonly Purpose[]>> = {
  'livret-a': ['precautionary'],
  ldds: ['precautionary'],
  lep: ['precautionary'],
  pel: ['real-estate', 'precautionary'],
  pea: ['grow-capital', 'tax-optimisation'],
  'pea-pme': ['grow-capital', 'tax-optimisation'],
  'life-insurance': ['grow-capital', 'income', 'retirement', 'transmission', 'tax-optimisation'],
  per: ['retirement', 'tax-optimisation'],
  'securities-account': ['grow-capital', 'income'],
  scpi: ['income', 'grow-capital'],
}

const CLASS_PURPOSES: Partial<Readonly<Record<ProductClass, readonly Purpose[]>>> = {
  'savings-accounts': ['precautionary'],
  'euro-funds': ['precautionary'],
  bonds: ['income'],
  scpi: ['income'],
}

/** The purposes one product serves (wrapper ∪ class), in the questionnaire's order of the table above. */
export function purposesOf(product: Pick<RecommendedProduct, 'wrapper' | 'productClass'>): Purpose[] {
  return [...new Set([...(WRAPPER_PURPOSES[product.wrapper] ?? []), ...(CLASS_PURPOSES[product.productClass] ?? [])])]
}

/**
 * Money that cannot be had back on demand: a PER (until retirement, save
 * the early-release cases of art. L224-4 CMF), SCPI shares (sold only when a
 * buyer is found), private equity (funds locked 5 to 10 years).
 */
const LOCKED_WRAPPERS: readonly Wrapper[] = ['per', 'scpi']
const LOCKED_CLASSES: readonly ProductClass[] = ['scpi', 'private-equity']

export const isLocked = (product: Pick<RecommendedProduct, 'wrapper' | 'productClass'>): boolean =>
  LOCKED_WRAPPERS.includes(product.wrapper) || LOCKED_CLASSES.includes(product.productClass)

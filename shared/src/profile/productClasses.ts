/**
 * The product classes the suitability questionnaire asks about ("do you
 * know it? have you traded it?"), MiFID II knowledge-and-experience style.
 * Keys are stored: never rename one.
 */

export const PRODUCT_CLASSES = [
  'savings-accounts',
  'euro-funds',
  'unit-linked',
  'equities',
  'bonds',
  'funds-etf',
  'scpi',
  'private-equity',
  'crypto',
  'derivatives',
] as const
export type ProductClass = (typeof PRODUCT_CLASSES)[number]

/** What the investor says about one product class. */
export interface ProductKnowledge {
  knows: boolean
  hasTraded: boolean
}

/** Answers per class; a class left out counts as neither known nor traded. */
export type KnowledgeAnswers = Partial<Record<ProductClass, ProductKnowledge>>

export const PRODUCT_CLASS_LABELS: Readonly<
  Record<ProductClass, { labelKey: string; label: { fr: string; en: string } }>
> = {
  'savings-accounts': label('savings-accounts', 'Livrets d’épargne', 'Savings accounts'),
  'euro-funds': label('euro-funds', 'Fonds en euros', 'Euro funds'),
  'unit-linked': label('unit-linked', 'Unités de compte', 'Unit-linked funds'),
  equities: label('equities', 'Actions', 'Equities'),
  bonds: label('bonds', 'Obligations', 'Bonds'),
  'funds-etf': label('funds-etf', 'OPCVM et ETF', 'Funds and ETFs'),
  scpi: label('scpi', 'SCPI', 'SCPI (real-estate funds)'),
  'private-equity': label('private-equity', 'Capital-investissement', 'Private equity'),
  crypto: label('crypto', 'Crypto-actifs', 'Crypto-assets'),
  derivatives: label('derivatives', 'Produits dérivés', 'Derivatives'),
}

function label(key: ProductClass, fr: string, en: string) {
  return { labelKey: `profile.productClass.${key}`, label: { fr, en } }
}

export const isProductClass = (value: unknown): value is ProductClass =>
  typeof value === 'string' && (PRODUCT_CLASSES as readonly string[]).includes(value)

/** True when the investor knows — or has traded, which implies knowing — any of `classes`. */
export function knowsAny(knowledge: KnowledgeAnswers, classes: readonly ProductClass[]): boolean {
  return classes.some((productClass) => {
    const answer = knowledge[productClass]
    return answer !== undefined && (answer.knows || answer.hasTraded)
  })
}

/** True when the investor has traded any of `classes`. */
export function hasTradedAny(
  knowledge: KnowledgeAnswers,
  classes: readonly ProductClass[],
): boolean {
  return classes.some((productClass) => knowledge[productClass]?.hasTraded === true)
}

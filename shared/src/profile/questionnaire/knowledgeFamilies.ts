import { PRODUCT_CLASSES, type ProductClass } from '../productClasses'

/**
 * The knowledge step, one page per family of products (issue #12, defect 10):
 * six short pages instead of one of fifty controls. Every product class is in
 * exactly one family; a family's page is `/portail/questionnaire/connaissances?famille=<slug>`.
 * Titles and one-line explanations: `questionnaire.family.<slug>` and
 * `profile.productClass.<class>.explain` in the i18n catalogues.
 */
export const KNOWLEDGE_FAMILIES: readonly { slug: string; classes: readonly ProductClass[] }[] = [
  { slug: 'epargne', classes: ['savings-accounts', 'euro-funds', 'unit-linked'] },
  { slug: 'actions-fonds', classes: ['equities', 'funds-etf'] },
  { slug: 'obligations', classes: ['bonds'] },
  { slug: 'immobilier-non-cote', classes: ['scpi', 'private-equity'] },
  { slug: 'derives', classes: ['derivatives'] },
  { slug: 'crypto', classes: ['crypto'] },
]

export const knowledgeFamily = (slug: string | null | undefined) =>
  KNOWLEDGE_FAMILIES.find((family) => family.slug === slug) ?? KNOWLEDGE_FAMILIES[0]!

/** The family of a product class. */
export const familyOfClass = (productClass: ProductClass) => KNOWLEDGE_FAMILIES.find((family) => family.classes.includes(productClass))!

/** Index of a class in the stored, ordered knowledge list (one row per class, PRODUCT_CLASSES order). */
export const knowledgeIndex = (productClass: ProductClass) => PRODUCT_CLASSES.indexOf(productClass)

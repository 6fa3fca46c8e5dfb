import type { CollectionConfig } from 'payload'
import { advisorsOrAdmins } from '../../access/advisorsOrAdmins'
import { recommendationDrafts, recommendationsVisible } from './access'
import { recommendationFields } from './fields'
import { checkInvestor } from './hooks/checkInvestor'
import { keepFinal, refuseDeletingFinal } from './hooks/keepFinal'

/**
 * The advisor's recommendation to one client (docs/decisions/040-suitability-report.md):
 * a target allocation and/or products with amounts, and the rationale. Drafts
 * are the advisor's work; finalising stamps who and when and freezes it — the
 * latest final one is what the rapport d'adéquation states, and what the
 * client reads. A change is a new recommendation.
 */
export const Recommendations: CollectionConfig = {
  slug: 'recommendations',
  labels: {
    singular: { fr: 'Recommandation', en: 'Recommendation' },
    plural: { fr: 'Recommandations', en: 'Recommendations' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'investor', 'status', 'finalisedAt', 'updatedAt'],
    group: { fr: 'Clients', en: 'Clients' },
    description: {
      fr: 'Le conseil donné à un client (allocation cible, produits, justification). La dernière recommandation finalisée alimente le rapport d’adéquation.',
      en: 'The advice given to a client (target allocation, products, rationale). The latest final recommendation feeds the suitability report.',
    },
  },
  defaultSort: '-createdAt',
  access: { create: advisorsOrAdmins, read: recommendationsVisible, update: recommendationDrafts, delete: recommendationDrafts },
  hooks: { beforeChange: [checkInvestor, keepFinal], beforeDelete: [refuseDeletingFinal] },
  fields: recommendationFields,
}

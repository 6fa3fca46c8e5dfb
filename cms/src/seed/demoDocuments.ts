import type { CollectionSlug, Payload } from 'payload'
import type { User } from '@atlas/shared/payload-types'
import { richText } from './richText'

/*
 * What the demo's validated client (Camille Martin) needs for issue #14's documents, so `npm start` shows the whole
 * flow: the advisor's comment printed in her bilan patrimonial, and a final recommendation her rapport d'adéquation
 * is made from. Written as the advisor, through the collections' access and hooks (updatedBy, finalisedAt…), like a
 * person in the admin. Idempotent: a second run finds them and adds nothing.
 * ISINs are real funds' (check digits verified); SRI, SFDR and taxonomy figures are illustrative, not fund data.
 */

// The collections of issue #14's other branches (bilan: advisor-comments, adequation: recommendations).
const ADVISOR_COMMENTS = 'advisor-comments' as string as CollectionSlug
const RECOMMENDATIONS = 'recommendations' as string as CollectionSlug

export const DEMO_ADVISOR_COMMENT = richText([
  'Camille, votre situation est saine : votre patrimoine net dépasse 300 000 €, porté par votre résidence principale lyonnaise, et votre endettement reste maîtrisé avec une mensualité de 1 380 € jusqu’en 2041. Votre épargne de précaution (compte joint et Livret A) couvre une dizaine de mois de dépenses, au-delà des six mois que nous visons : inutile de l’augmenter.',
  '## Nos priorités pour les prochaines années',
  '- Financer la résidence secondaire visée pour 2032 sans toucher à l’épargne de précaution : poursuivre les versements programmés et orienter les nouveaux versements vers l’assurance-vie, plus souple qu’un livret au plafond.',
  '- Diversifier l’assurance-vie, aujourd’hui concentrée, entre un socle en fonds en euros et des fonds flexibles et actions internationales, cohérents avec votre profil dynamique et votre horizon de six ans.',
  '- Poursuivre le PEA, fiscalement le plus efficace après cinq ans de détention, avec un ETF monde à frais réduits.',
  'Le bitcoin reste une part marginale (environ 1 %) : nous ne vous recommandons pas de la renforcer. Nous referons le point lors de la revue annuelle de votre profil, ou avant en cas de changement de situation familiale ou professionnelle.',
])

export const DEMO_RECOMMENDATION = {
  title: 'Diversification de l’épargne financière — décembre 2026',
  targetAllocation: [
    { assetClass: 'euro-funds', pct: 25 },
    { assetClass: 'funds-etf', pct: 75 },
  ],
  products: [
    { name: 'Fonds en euros du contrat d’assurance-vie', isin: null, productClass: 'euro-funds', wrapper: 'life-insurance', amountCents: 10_000_00, sri: 1, recommendedHorizonYears: 2, sfdr: '6', taxonomyPct: 0 },
    { name: 'Carmignac Patrimoine A EUR Acc', isin: 'FR0010135103', productClass: 'funds-etf', wrapper: 'life-insurance', amountCents: 12_000_00, sri: 3, recommendedHorizonYears: 3, sfdr: '8', taxonomyPct: 2 },
    { name: 'Comgest Monde C', isin: 'FR0000284689', productClass: 'funds-etf', wrapper: 'life-insurance', amountCents: 8_000_00, sri: 4, recommendedHorizonYears: 5, sfdr: '8', taxonomyPct: 5 },
    { name: 'Amundi MSCI World UCITS ETF EUR (C)', isin: 'LU1681043599', productClass: 'funds-etf', wrapper: 'pea', amountCents: 10_000_00, sri: 4, recommendedHorizonYears: 5, sfdr: '6', taxonomyPct: 0 },
  ],
  rationale: richText([
    'Vous souhaitez préparer votre retraite et faire croître votre capital sur six ans, avec un profil de risque dynamique (5 sur 7) et une perte supportable de 30 % au plus. Nous vous proposons d’investir 40 000 € en quatre supports, par arbitrage partiel de votre assurance-vie et versements sur votre PEA.',
    '- Un quart en fonds en euros : capital garanti par l’assureur, disponible pour l’apport de la résidence secondaire.',
    '- Trois quarts en fonds diversifiés et actions internationales, de risque 3 à 4 sur 7 : le risque moyen pondéré par les montants (environ 3 sur 7) reste en deçà de votre profil ; la perte plausible, chiffrée dans ce rapport, est rapprochée de votre capacité déclarée.',
    'Deux supports promeuvent des caractéristiques environnementales ou sociales (article 8 SFDR), soit la moitié des montants, au-delà des 20 % minimum que vous avez indiqués. Vous connaissez les fonds et ETF mais ne les avez jamais pratiqués : nous vous conseillons d’investir progressivement, par versements mensuels, et nous en reparlerons à la revue annuelle.',
  ]),
}

/** The advisor writes Camille's comment and records her final recommendation. */
export const seedDemoDocuments = async (payload: Payload, advisor: User, client: User) => {
  const asAdvisor = { user: { ...advisor, collection: 'users' } as never, overrideAccess: false, depth: 0 } as const
  const byClient = { investor: { equals: client.id } }
  const comments = await payload.find({ collection: ADVISOR_COMMENTS, where: byClient, limit: 1, ...asAdvisor })
  if (comments.totalDocs === 0) {
    await payload.create({ collection: ADVISOR_COMMENTS, data: { investor: client.id, body: DEMO_ADVISOR_COMMENT } as never, ...asAdvisor })
  }
  const finals = await payload.find({ collection: RECOMMENDATIONS, where: { and: [byClient, { status: { equals: 'final' } }] }, limit: 1, ...asAdvisor })
  if (finals.totalDocs === 0) {
    // Saved as "Finalisée" at once, as the admin allows: the collection's hook records who finalised it and when.
    await payload.create({ collection: RECOMMENDATIONS, data: { ...DEMO_RECOMMENDATION, investor: client.id, status: 'final' } as never, ...asAdvisor })
  }
}

import { DIVERSIFICATION_LESSONS, SAVINGS_LESSONS } from './demoLessons'
import { richText } from './richText'

export const DEMO_COURSES = [
  {
    title: 'Les bases de l’épargne',
    slug: 'bases-de-l-epargne',
    level: 'beginner',
    topics: ['épargne', 'fiscalité'],
    estimatedMinutes: 20,
    freePreview: true,
    productClass: 'savings-accounts',
    lessons: SAVINGS_LESSONS,
    summary: 'Livrets réglementés, assurance-vie, PEA : à quoi sert chaque enveloppe et dans quel ordre les utiliser.',
    body: richText([
      '## Pourquoi épargner avec méthode',
      'Une épargne de précaution d’abord, puis des placements choisis selon votre horizon.',
      'Ce parcours présente les enveloppes françaises les plus courantes, leurs plafonds et leur fiscalité.',
    ]),
  },
  {
    title: 'Comprendre le risque et la diversification',
    slug: 'risque-et-diversification',
    level: 'intermediate',
    topics: ['risque', 'allocation'],
    estimatedMinutes: 25,
    freePreview: false,
    premium: true,
    productClass: 'funds-etf',
    lessons: DIVERSIFICATION_LESSONS,
    summary: 'Volatilité, horizon de placement et répartition : comment construire une allocation qui vous ressemble.',
    body: richText([
      '## Le couple rendement / risque',
      'Un rendement espéré plus élevé s’accompagne de variations plus fortes, à la hausse comme à la baisse.',
      'Diversifier entre classes d’actifs réduit le risque sans renoncer à la performance de long terme.',
    ]),
  },
] as const

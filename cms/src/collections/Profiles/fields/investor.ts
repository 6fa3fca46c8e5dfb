import { moneyField } from '../../../fields/moneyField'
import type { Field } from 'payload'
import { bilingual, optionsOf, productClassOptions } from './labels'

/* Steps 5–9: knowledge and experience, objectives, risk tolerance, capacity for loss, sustainability. */

const label = (step: string, name: string) => bilingual(`questionnaire.field.${step}.${name}`)
const percent = (step: string, name: string): Field => ({ name, type: 'number', min: 0, max: 100, label: label(step, name) })

export const investorFields: Field[] = [
  {
    name: 'knowledge',
    type: 'array',
    labels: { singular: { fr: 'Connaissance', en: 'Knowledge item' }, plural: { fr: 'Connaissances', en: 'Knowledge' } },
    label: bilingual('questionnaire.step.knowledge'),
    maxRows: 20,
    fields: [
      { name: 'productClass', type: 'select', options: productClassOptions, label: { fr: 'Produit', en: 'Product' } },
      { name: 'knows', type: 'checkbox', label: label('knowledge', 'knows') },
      { name: 'hasTraded', type: 'checkbox', label: label('knowledge', 'hasTraded') },
      { name: 'frequency', type: 'select', options: optionsOf('tradeFrequency'), label: label('knowledge', 'frequency') },
      { name: 'volumeBand', type: 'select', options: optionsOf('volumeBand'), label: label('knowledge', 'volumeBand') },
      { name: 'withinThreeYears', type: 'checkbox', label: label('knowledge', 'withinThreeYears') },
    ],
  },
  {
    // Declared knowledge beside the quizzes passed in the training area (read-only).
    name: 'knowledgeComparison',
    type: 'ui',
    admin: { components: { Field: '/admin/components/KnowledgeComparison#KnowledgeComparison' } },
  },
  {
    name: 'objectives',
    type: 'group',
    label: bilingual('questionnaire.step.objectives'),
    fields: [
      { name: 'purposes', type: 'select', hasMany: true, options: optionsOf('purpose'), label: label('objectives', 'purposes') },
      { name: 'horizonYears', type: 'number', min: 0, label: label('objectives', 'horizonYears') },
      { name: 'liquidityNeed', type: 'select', options: optionsOf('liquidityNeed'), label: label('objectives', 'liquidityNeed') },
      {
        name: 'goals',
        type: 'array',
        labels: { singular: { fr: 'Objectif', en: 'Goal' }, plural: { fr: 'Objectifs', en: 'Goals' } },
        maxRows: 20,
        label: label('objectives', 'goals'),
        fields: [
          { name: 'name', type: 'text', label: label('goals', 'name') },
          moneyField({ name: 'targetCents', label: label('goals', 'targetCents') }),
          { name: 'targetDate', type: 'text', label: label('goals', 'targetDate'), admin: { placeholder: 'AAAA-MM-JJ' } },
          { name: 'priority', type: 'select', options: optionsOf('priority'), label: label('goals', 'priority') },
        ],
      },
    ],
  },
  {
    name: 'riskTolerance',
    type: 'group',
    label: bilingual('questionnaire.step.risk'),
    fields: [
      { name: 'lossReaction', type: 'select', options: optionsOf('lossReaction'), label: label('riskTolerance', 'lossReaction') },
      { name: 'tradeOff', type: 'select', options: optionsOf('tradeOff'), label: label('riskTolerance', 'tradeOff') },
      { name: 'volatilityComfort', type: 'number', min: 1, max: 5, label: label('riskTolerance', 'volatilityComfort') },
    ],
  },
  {
    name: 'capacity',
    type: 'group',
    label: bilingual('questionnaire.step.capacity'),
    fields: [percent('capacity', 'lossPct')],
  },
  {
    name: 'sustainability',
    type: 'group',
    label: bilingual('questionnaire.step.sustainability'),
    fields: [
      percent('sustainability', 'minTaxonomyPct'),
      percent('sustainability', 'minSfdrPct'),
      { name: 'paiConsidered', type: 'checkbox', label: label('sustainability', 'paiConsidered') },
      { name: 'paiTopics', type: 'select', hasMany: true, options: optionsOf('paiTopic'), label: label('sustainability', 'paiTopics') },
    ],
  },
]

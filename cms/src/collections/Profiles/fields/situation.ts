import { moneyField } from '../../../fields/moneyField'
import type { Field } from 'payload'
import { bilingual, optionsOf } from './labels'

/* Steps 1–4: identity and family, work, income, expenses. Money in integer cents. */

const label = (step: string, name: string) => bilingual(`questionnaire.field.${step}.${name}`)
const cents = (step: string, name: string): Field => moneyField({ name, label: label(step, name) })

export const moneyRow = (step: string, first: Field): Field[] => [
  first,
  { name: 'label', type: 'text', label: label(step, 'label') },
  cents(step, 'amountCents'),
  { name: 'frequency', type: 'select', options: optionsOf('frequency'), label: label(step, 'frequency') },
]

export const situationFields: Field[] = [
  {
    name: 'identity',
    type: 'group',
    label: bilingual('questionnaire.step.identity'),
    fields: [
      { name: 'birthDate', type: 'text', label: label('identity', 'birthDate'), admin: { placeholder: 'AAAA-MM-JJ' } },
      { name: 'maritalStatus', type: 'select', options: optionsOf('maritalStatus'), label: label('identity', 'maritalStatus') },
      {
        name: 'matrimonialRegime',
        type: 'select',
        options: optionsOf('matrimonialRegime'),
        label: label('identity', 'matrimonialRegime'),
      },
      { name: 'dependants', type: 'number', min: 0, label: label('identity', 'dependants') },
      { name: 'residenceCountry', type: 'text', maxLength: 2, label: label('identity', 'residenceCountry') },
      { name: 'taxResidence', type: 'text', maxLength: 2, label: label('identity', 'taxResidence') },
    ],
  },
  {
    name: 'work',
    type: 'group',
    label: bilingual('questionnaire.step.work'),
    fields: [
      { name: 'profession', type: 'text', label: label('work', 'profession') },
      { name: 'employmentStatus', type: 'select', options: optionsOf('employmentStatus'), label: label('work', 'employmentStatus') },
      { name: 'employerSector', type: 'select', options: optionsOf('employerSector'), label: label('work', 'employerSector') },
      { name: 'educationLevel', type: 'select', options: optionsOf('educationLevel'), label: label('work', 'educationLevel') },
      { name: 'targetRetirementAge', type: 'number', label: label('work', 'targetRetirementAge') },
    ],
  },
  {
    name: 'income',
    type: 'array',
    labels: { singular: { fr: 'Revenu', en: 'Income' }, plural: { fr: 'Revenus', en: 'Income' } },
    label: bilingual('questionnaire.step.income'),
    maxRows: 20,
    fields: moneyRow('income', {
      name: 'source',
      type: 'select',
      options: optionsOf('incomeSource'),
      label: label('income', 'source'),
    }),
  },
  {
    name: 'expenses',
    type: 'group',
    label: bilingual('questionnaire.step.expenses'),
    fields: [
      cents('expenses', 'housingCents'),
      cents('expenses', 'loanRepaymentsCents'),
      cents('expenses', 'livingCostsCents'),
      cents('expenses', 'incomeTaxCents'),
      cents('expenses', 'ifiCents'),
      {
        name: 'commitments',
        type: 'array',
        labels: { singular: { fr: 'Engagement', en: 'Commitment' }, plural: { fr: 'Engagements', en: 'Commitments' } },
        maxRows: 20,
        label: label('expenses', 'commitments'),
        fields: moneyRow('commitments', {
          name: 'kind',
          type: 'select',
          options: optionsOf('commitmentKind'),
          label: label('commitments', 'kind'),
        }),
      },
    ],
  },
]

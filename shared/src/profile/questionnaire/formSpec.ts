import type { OptionList } from './options'
import type { StepId } from './steps'

/*
 * How each step of the questionnaire is laid out as a form. Input names are
 * the answer's path on the profile (`identity.birthDate`,
 * `income.0.amountCents`), the same paths the shared schemas and the cms
 * report errors at, so an error lands at its input without translation.
 */

export type FieldKind =
  | 'text'
  | 'date'
  | 'number'
  | 'money'
  | 'percent'
  | 'country'
  | 'select'
  | 'radio'
  | 'checkboxes'
  | 'yesno'

export interface FieldSpec {
  name: string
  kind: FieldKind
  list?: OptionList
  /** Radio values are numbers (volatility comfort 1–5). */
  numeric?: boolean
}

export interface RowsSpec {
  /** Path of the list on the profile: `income`, `expenses.commitments`. */
  path: string
  /** Prefix of the row fields' label keys: `questionnaire.field.<labels>.<name>`. */
  labels: string
  fields: FieldSpec[]
}

export interface StepSpec {
  id: StepId
  slug: string
  /** The profile key the step writes. */
  key: string
  /** Fields of a group step (names relative to `key`). */
  fields: FieldSpec[]
  /** A list of rows: the whole step (income) or one list inside the group. */
  rows?: RowsSpec
  /** The step is the list itself (income, knowledge), not a group. */
  isList?: boolean
}

const f = (name: string, kind: FieldKind, list?: OptionList, numeric?: boolean): FieldSpec => ({ name, kind, list, numeric })
const moneyRows = (path: string, labels: string, first: FieldSpec): RowsSpec => ({
  path,
  labels,
  fields: [first, f('label', 'text'), f('amountCents', 'money'), f('frequency', 'select', 'frequency')],
})

export const STEP_SPECS: readonly StepSpec[] = [
  {
    id: 'identity',
    slug: 'identite',
    key: 'identity',
    fields: [
      f('birthDate', 'date'),
      f('maritalStatus', 'select', 'maritalStatus'),
      f('matrimonialRegime', 'select', 'matrimonialRegime'),
      f('dependants', 'number'),
      f('residenceCountry', 'country'),
      f('taxResidence', 'country'),
    ],
  },
  {
    id: 'work',
    slug: 'profession',
    key: 'work',
    fields: [
      f('profession', 'text'),
      f('employmentStatus', 'select', 'employmentStatus'),
      f('employerSector', 'select', 'employerSector'),
      f('educationLevel', 'select', 'educationLevel'),
      f('targetRetirementAge', 'number'),
    ],
  },
  {
    id: 'income',
    slug: 'revenus',
    key: 'income',
    fields: [],
    isList: true,
    rows: moneyRows('income', 'income', f('source', 'select', 'incomeSource')),
  },
  {
    id: 'expenses',
    slug: 'charges',
    key: 'expenses',
    fields: ['housingCents', 'loanRepaymentsCents', 'livingCostsCents', 'incomeTaxCents', 'ifiCents'].map((name) =>
      f(name, 'money'),
    ),
    rows: moneyRows('expenses.commitments', 'commitments', f('kind', 'select', 'commitmentKind')),
  },
  { id: 'knowledge', slug: 'connaissances', key: 'knowledge', fields: [], isList: true },
  {
    id: 'objectives',
    slug: 'objectifs',
    key: 'objectives',
    fields: [f('purposes', 'checkboxes', 'purpose'), f('horizonYears', 'number'), f('liquidityNeed', 'radio', 'liquidityNeed')],
    rows: {
      path: 'objectives.goals',
      labels: 'goals',
      fields: [f('name', 'text'), f('targetCents', 'money'), f('targetDate', 'date'), f('priority', 'select', 'priority')],
    },
  },
  {
    id: 'risk',
    slug: 'risque',
    key: 'riskTolerance',
    fields: [
      f('lossReaction', 'radio', 'lossReaction'),
      f('tradeOff', 'radio', 'tradeOff'),
      f('volatilityComfort', 'radio', 'volatilityComfort', true),
    ],
  },
  { id: 'capacity', slug: 'capacite-de-perte', key: 'capacity', fields: [f('lossPct', 'percent')] },
  {
    id: 'sustainability',
    slug: 'durabilite',
    key: 'sustainability',
    fields: [
      f('minTaxonomyPct', 'percent'),
      f('minSfdrPct', 'percent'),
      f('paiConsidered', 'yesno'),
      f('paiTopics', 'checkboxes', 'paiTopic'),
    ],
  },
]

/** The knowledge rows' fields, one row per product class. */
export const KNOWLEDGE_FIELDS: FieldSpec[] = [
  f('knows', 'yesno'),
  f('hasTraded', 'yesno'),
  f('frequency', 'radio', 'tradeFrequency'),
  f('volumeBand', 'select', 'volumeBand'),
  f('withinThreeYears', 'yesno'),
]

export const REVIEW_SLUG = 'relecture'
export const stepBySlug = (slug: string) => STEP_SPECS.find((step) => step.slug === slug)
export const stepSpecById = (id: StepId) => STEP_SPECS.find((step) => step.id === id)!

/** Countries offered for residence (ISO 3166-1 alpha-2); names come from Intl.DisplayNames. */
export const COUNTRIES = ['FR', 'BE', 'LU', 'CH', 'MC', 'DE', 'ES', 'IT', 'PT', 'NL', 'GB', 'IE', 'US', 'CA', 'MA', 'TN', 'SN', 'AE', 'SG'] as const

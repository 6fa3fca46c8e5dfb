import { z } from '../../schemas/zod'
import { PRODUCT_CLASSES } from '../productClasses'
import { choice, cents, country, draftOf, freeText, isoDay, percent, rows, wholeNumber, yesNo } from './answers'
import * as O from './options'

/*
 * The nine steps of the suitability questionnaire (Delegated Regulation
 * (EU) 2017/565, art. 54: knowledge and experience, financial situation
 * including capacity for loss, objectives including risk tolerance and
 * sustainability preferences; art. 55: product classes, frequency and
 * volume of past transactions, education and profession).
 *
 * Each step owns one key of the profile. `complete` is what "answered"
 * means; `draft` accepts any subset of valid answers (null = not yet).
 */

const incomeRow = z.object({
  source: choice(O.INCOME_SOURCES),
  label: freeText(80),
  amountCents: cents(),
  frequency: choice(O.FREQUENCIES),
})

const commitmentRow = z.object({
  kind: choice(O.COMMITMENT_KINDS),
  label: freeText(80),
  amountCents: cents(),
  frequency: choice(O.FREQUENCIES),
})

const goalRow = z.object({
  name: freeText(80),
  targetCents: cents(),
  targetDate: isoDay(),
  priority: choice(O.GOAL_PRIORITIES),
})

const knowledgeShape = {
  productClass: choice(PRODUCT_CLASSES),
  knows: yesNo(),
  hasTraded: yesNo(),
  frequency: choice(O.TRADE_FREQUENCIES),
  volumeBand: choice(O.VOLUME_BANDS),
  withinThreeYears: yesNo(),
}
const knowledgeRow = z.object(knowledgeShape).superRefine((row, ctx) => {
  if (row.hasTraded && row.frequency === 'never') {
    ctx.addIssue({ code: 'custom', path: ['frequency'], message: 'errors.questionnaire.tradedNever' })
  }
  if (!row.hasTraded && row.frequency !== 'never') {
    ctx.addIssue({ code: 'custom', path: ['frequency'], message: 'errors.questionnaire.notTraded' })
  }
})
const knowledgeDraftRow = draftOf(knowledgeShape).extend({ productClass: choice(PRODUCT_CLASSES) })

/** Each product class at most once; `all` also requires every class. */
const knowledgeList = <T extends z.ZodType<{ productClass: string }>>(row: T, all: boolean) =>
  rows(row).superRefine((list, ctx) => {
    const seen = new Set(list.map((entry) => entry.productClass))
    if (seen.size !== list.length || (all && seen.size !== PRODUCT_CLASSES.length)) {
      ctx.addIssue({ code: 'custom', message: 'errors.questionnaire.knowledgeAll' })
    }
  })

const shapes = {
  identity: {
    birthDate: isoDay(),
    maritalStatus: choice(O.MARITAL_STATUSES),
    matrimonialRegime: choice(O.MATRIMONIAL_REGIMES),
    dependants: wholeNumber(0, 20, 'errors.questionnaire.dependants'),
    residenceCountry: country(),
    taxResidence: country(),
  },
  work: {
    profession: freeText(100),
    employmentStatus: choice(O.EMPLOYMENT_STATUSES),
    employerSector: choice(O.EMPLOYER_SECTORS),
    educationLevel: choice(O.EDUCATION_LEVELS),
    targetRetirementAge: wholeNumber(45, 80, 'errors.questionnaire.retirementAge'),
  },
  expenses: {
    housingCents: cents(),
    loanRepaymentsCents: cents(),
    livingCostsCents: cents(),
    incomeTaxCents: cents(),
    ifiCents: cents(),
    commitments: rows(commitmentRow),
  },
  objectives: {
    purposes: z
      .array(choice(O.INVESTMENT_PURPOSES), { error: 'errors.questionnaire.purposes' })
      .min(1, { error: 'errors.questionnaire.purposes' })
      .max(O.INVESTMENT_PURPOSES.length, { error: 'errors.questionnaire.purposes' }),
    horizonYears: wholeNumber(0, 50, 'errors.questionnaire.horizon'),
    liquidityNeed: choice(O.LIQUIDITY_NEEDS),
    goals: rows(goalRow),
  },
  riskTolerance: {
    lossReaction: choice(O.LOSS_REACTIONS),
    tradeOff: choice(O.RISK_TRADE_OFFS),
    volatilityComfort: wholeNumber(1, 5, 'errors.questionnaire.volatility'),
  },
  capacity: { lossPct: percent() },
  sustainability: {
    minTaxonomyPct: percent(),
    minSfdrPct: percent(),
    paiConsidered: yesNo(),
    paiTopics: z.array(choice(O.PAI_TOPICS), { error: 'errors.questionnaire.choice' }).max(O.PAI_TOPICS.length),
  },
}

/** Keys of a group that must be answered (lists of rows may stay empty). */
const optionalKeys = new Set(['commitments', 'goals', 'paiTopics'])

const sustainabilityComplete = z.object(shapes.sustainability).superRefine((value, ctx) => {
  if (value.paiConsidered && value.paiTopics.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['paiTopics'], message: 'errors.questionnaire.paiTopics' })
  }
})

export const STEP_IDS = [
  'identity',
  'work',
  'income',
  'expenses',
  'knowledge',
  'objectives',
  'risk',
  'capacity',
  'sustainability',
] as const
export type StepId = (typeof STEP_IDS)[number]

export interface StepDefinition {
  id: StepId
  /** 1-based position in the wizard. */
  number: number
  /** The profile key the step writes. */
  key: string
  complete: z.ZodType
  draft: z.ZodType
  /** One boolean per required answer: given and valid. */
  answered(value: unknown): boolean[]
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function groupStep(id: StepId, key: keyof typeof shapes, complete?: z.ZodType): Omit<StepDefinition, 'number'> {
  const shape = shapes[key] as Record<string, z.ZodType>
  const required = Object.keys(shape).filter((name) => !optionalKeys.has(name))
  return {
    id,
    key,
    complete: complete ?? z.object(shape, { error: 'errors.questionnaire.section' }),
    draft: draftOf(shape).nullish(),
    answered: (value) => required.map((name) => isObject(value) && shape[name]!.safeParse(value[name]).success),
  }
}

const definitions: Omit<StepDefinition, 'number'>[] = [
  groupStep('identity', 'identity'),
  groupStep('work', 'work'),
  {
    id: 'income',
    key: 'income',
    complete: rows(incomeRow).min(1, { error: 'errors.questionnaire.incomeRequired' }),
    draft: rows(incomeRow).nullish(),
    answered: (value) => [rows(incomeRow).min(1).safeParse(value).success],
  },
  groupStep('expenses', 'expenses'),
  {
    id: 'knowledge',
    key: 'knowledge',
    complete: knowledgeList(knowledgeRow, true),
    draft: knowledgeList(knowledgeDraftRow, false).nullish(),
    answered: (value) => {
      const list = Array.isArray(value) ? (value as unknown[]) : []
      return PRODUCT_CLASSES.map((productClass) => {
        const matches = list.filter((row) => isObject(row) && row.productClass === productClass)
        return matches.length === 1 && knowledgeRow.safeParse(matches[0]).success
      })
    },
  },
  groupStep('objectives', 'objectives'),
  groupStep('risk', 'riskTolerance'),
  groupStep('capacity', 'capacity'),
  groupStep('sustainability', 'sustainability', sustainabilityComplete),
]

export const STEPS: readonly StepDefinition[] = definitions.map((step, index) => ({ ...step, number: index + 1 }))

export const stepById = (id: string): StepDefinition | undefined => STEPS.find((step) => step.id === id)

export type IncomeRow = z.infer<typeof incomeRow>
export type CommitmentRow = z.infer<typeof commitmentRow>
export type GoalRow = z.infer<typeof goalRow>
export type KnowledgeRow = z.infer<typeof knowledgeRow>
export const stepShapes = shapes

import { budgetSummary, type BudgetLine } from '../../finance/budget'
import { completedYearsParis } from '../../finance/dates'
import type { KnowledgeAnswers } from '../productClasses'
import { riskScore, type RiskAnswers, type RiskScoreValue } from '../riskScore'
import { completion, type ProfileAnswers } from './completion'
import { stepShapes } from './steps'

/*
 * What the cms computes from the answers and stores beside them, never
 * typed by hand. Consistency checks (Delegated Regulation (EU) 2017/565,
 * art. 54(7): resolve inconsistencies in the information collected) come
 * from riskScore (tolerance vs horizon, capacity, knowledge, reaction) plus:
 * - `minor`: the birth date makes the investor under 18 at `now`;
 * - `negative_savings`: monthly expenses exceed monthly income;
 * - `liquidity_vs_horizon`: a high liquidity need with a horizon of 5+ years.
 */

export type ProfileWarning = { code: string } & Record<string, string | number>

export interface DerivedProfile {
  completionPct: number
  riskScore: RiskScoreValue | null
  /** French label of the score (the admin's language); web translates `profile.risk.level.<score>`. */
  riskLabel: string | null
  warnings: ProfileWarning[]
  monthlyIncomeCents: number
  monthlyExpensesCents: number
  savingsCapacityCents: number
}

const objectAt = (profile: ProfileAnswers, key: string): Record<string, unknown> => {
  const value = profile[key]
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
}
const listAt = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value) ? value.filter((row) => typeof row === 'object' && row !== null) : []

const validLine = (amountCents: unknown, frequency: unknown): BudgetLine[] =>
  Number.isInteger(amountCents) && (amountCents as number) >= 0 && (frequency === 'monthly' || frequency === 'yearly')
    ? [{ amountCents: amountCents as number, frequency }]
    : []

function budgetLines(profile: ProfileAnswers) {
  const incomes = listAt(profile.income).flatMap((row) => validLine(row.amountCents, row.frequency))
  const expenses = objectAt(profile, 'expenses')
  const fixed: BudgetLine[] = [
    ...validLine(expenses.housingCents, 'monthly'),
    ...validLine(expenses.loanRepaymentsCents, 'monthly'),
    ...validLine(expenses.livingCostsCents, 'monthly'),
    ...validLine(expenses.incomeTaxCents, 'yearly'),
    ...validLine(expenses.ifiCents, 'yearly'),
  ]
  const commitments = listAt(expenses.commitments).flatMap((row) => validLine(row.amountCents, row.frequency))
  return { incomes, expenses: [...fixed, ...commitments] }
}

/** The risk answers when all are given and valid; knowledge rows not given count as unknown. */
function riskAnswers(profile: ProfileAnswers): RiskAnswers | null {
  const risk = objectAt(profile, 'riskTolerance')
  const objectives = objectAt(profile, 'objectives')
  const capacity = objectAt(profile, 'capacity')
  const shapes = stepShapes
  const valid =
    shapes.riskTolerance.lossReaction.safeParse(risk.lossReaction).success &&
    shapes.riskTolerance.tradeOff.safeParse(risk.tradeOff).success &&
    shapes.riskTolerance.volatilityComfort.safeParse(risk.volatilityComfort).success &&
    shapes.objectives.horizonYears.safeParse(objectives.horizonYears).success &&
    shapes.capacity.lossPct.safeParse(capacity.lossPct).success
  if (!valid) return null
  const knowledge: KnowledgeAnswers = {}
  for (const row of listAt(profile.knowledge)) {
    const productClass = row.productClass as keyof KnowledgeAnswers
    knowledge[productClass] = { knows: row.knows === true, hasTraded: row.hasTraded === true }
  }
  return {
    lossReaction: risk.lossReaction as RiskAnswers['lossReaction'],
    tradeOff: risk.tradeOff as RiskAnswers['tradeOff'],
    volatilityComfort: risk.volatilityComfort as RiskAnswers['volatilityComfort'],
    horizonYears: objectives.horizonYears as number,
    capacityForLossPct: capacity.lossPct as number,
    knowledge,
  }
}

/**
 * Whole years between a YYYY-MM-DD birth date and `now`, on the Europe/Paris
 * calendar like every other date (`completedYearsParis`): at 23:30 UTC on
 * the eve of an 18th birthday it is already the birthday in Paris.
 */
export function ageAt(birthDate: string, now: Date): number {
  return completedYearsParis(birthDate, now)
}

export function deriveProfile(profile: ProfileAnswers, now: Date): DerivedProfile {
  const budget = budgetSummary(budgetLines(profile))
  const answers = riskAnswers(profile)
  const risk = answers ? riskScore(answers) : null
  const warnings: ProfileWarning[] = risk ? risk.warnings.map((warning) => ({ ...warning })) : []

  const birthDate = objectAt(profile, 'identity').birthDate
  if (stepShapes.identity.birthDate.safeParse(birthDate).success && ageAt(birthDate as string, now) < 18) {
    warnings.push({ code: 'minor', age: ageAt(birthDate as string, now) })
  }
  if (budget.savingsCapacityCents < 0) {
    warnings.push({ code: 'negative_savings', savingsCapacityCents: budget.savingsCapacityCents })
  }
  const objectives = objectAt(profile, 'objectives')
  if (objectives.liquidityNeed === 'high' && typeof objectives.horizonYears === 'number' && objectives.horizonYears >= 5) {
    warnings.push({ code: 'liquidity_vs_horizon', horizonYears: objectives.horizonYears })
  }

  return {
    completionPct: completion(profile).totalPct,
    riskScore: risk?.score ?? null,
    riskLabel: risk?.label.fr ?? null,
    warnings,
    monthlyIncomeCents: budget.monthlyIncomeCents,
    monthlyExpensesCents: budget.monthlyExpensesCents,
    savingsCapacityCents: budget.savingsCapacityCents,
  }
}

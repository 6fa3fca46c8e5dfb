import { planGoals, type GoalAnswer, type GoalsPlan } from '../finance/goalsPlan'
import type { Cents } from '../finance/money'

/** A profile document as the REST API returns it; only the derived budget and the goals are read. */
export type ProfileFiguresDoc = Record<string, unknown> | null

export type BudgetFigures = { monthlyIncomeCents: Cents; monthlyExpensesCents: Cents; savingsCapacityCents: Cents }

const centsOr0 = (value: unknown) => (typeof value === 'number' && Number.isInteger(value) ? value : 0)

/** The derived budget of a profile document (zeros until income or expenses are answered). */
export function budgetOfProfile(profile: ProfileFiguresDoc): BudgetFigures {
  return {
    monthlyIncomeCents: centsOr0(profile?.monthlyIncomeCents),
    monthlyExpensesCents: centsOr0(profile?.monthlyExpensesCents),
    savingsCapacityCents: centsOr0(profile?.savingsCapacityCents),
  }
}

const asGoals = (value: unknown): GoalAnswer[] =>
  Array.isArray(value)
    ? value.filter(
        (g): g is GoalAnswer =>
          typeof g === 'object' && g !== null && typeof g.name === 'string' && typeof g.targetDate === 'string',
      )
    : []

/** The goals of a profile document, planned against its savings capacity (`planGoals`). */
export function goalsOfProfile(profile: ProfileFiguresDoc, savingsCapacityCents: Cents, now: Date): GoalsPlan {
  const objectives = profile?.objectives as { goals?: unknown } | undefined
  return planGoals(asGoals(objectives?.goals), savingsCapacityCents, now)
}

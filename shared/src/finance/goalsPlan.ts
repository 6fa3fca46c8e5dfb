import type { Cents } from './money'
import { projectGoal } from './projection'

export type GoalAnswer = { name: string; targetCents: Cents; targetDate: string; priority?: string }

export type GoalPlan = {
  name: string
  targetCents: Cents
  targetDate: string
  monthsLeft: number
  /**
   * Saving this every month from now reaches the target (no return assumed);
   * null when the day is past in Paris. A goal due later this month needs
   * its whole amount this month.
   */
  monthlyNeededCents: Cents | null
}

export type GoalsPlan = {
  goals: GoalPlan[]
  /** Sum of the monthly amounts the goals need (past goals excluded). */
  totalMonthlyNeededCents: Cents
  /** Savings capacity minus what the goals need; negative means the goals ask more than is saved. */
  marginCents: Cents
}

/**
 * What the investor's goals ask of their monthly savings, with no return
 * assumed (annual rate 0: probability-free and prudent), starting from
 * nothing set aside — the figures an advisor would refine. Goals are sorted
 * by target date.
 */
export function planGoals(goals: readonly GoalAnswer[], savingsCapacityCents: Cents, now: Date): GoalsPlan {
  const plans = [...goals]
    .filter((goal) => Number.isInteger(goal.targetCents) && goal.targetCents > 0 && !Number.isNaN(Date.parse(goal.targetDate)))
    .sort((a, b) => a.targetDate.localeCompare(b.targetDate))
    .map((goal) => {
      const projection = projectGoal({
        targetCents: goal.targetCents,
        currentCents: 0,
        monthlyContributionCents: 0,
        annualRate: 0,
        from: now,
        targetDate: new Date(`${goal.targetDate}T12:00:00Z`),
      })
      return {
        name: goal.name,
        targetCents: goal.targetCents,
        targetDate: goal.targetDate,
        monthsLeft: projection.monthsLeft,
        monthlyNeededCents: projection.contributionNeededCents,
      }
    })
  const totalMonthlyNeededCents = plans.reduce((sum, plan) => sum + (plan.monthlyNeededCents ?? 0), 0)
  return { goals: plans, totalMonthlyNeededCents, marginCents: savingsCapacityCents - totalMonthlyNeededCents }
}

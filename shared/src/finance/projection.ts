/**
 * Goal projection: where a savings plan ends up at an assumed, constant
 * rate. Deterministic — no probabilities, no market scenarios — and the
 * rate is an assumption the user or advisor states, not a forecast.
 *
 * Conventions, for every function here:
 * - `annualRate` is a decimal per year (0.03 = 3 %), > −1. It is turned into
 *   the equivalent monthly rate r = (1 + annualRate)^(1/12) − 1, so twelve
 *   months of compounding give exactly the annual rate (3 % a year is
 *   0.2466 % a month, not 3 % / 12 = 0.25 %).
 * - The current amount is invested at month 0; each monthly contribution is
 *   paid at the END of each month (an ordinary annuity).
 * - Future value after n months, with g = (1 + r)^n = (1 + annualRate)^(n/12):
 *     FV = current × g + contribution × (g − 1) / r,  and when r = 0:
 *     FV = current + contribution × n   (no division by zero).
 *   Computed in floating point (expm1/log1p for the annuity, so tiny rates
 *   stay accurate), then rounded half away from zero to the cent once.
 */
import { addMonths, dayKeyParis, monthKeyParis, monthsBetweenParis, type MonthKey } from './dates'
import type { Cents } from './money'
import { assertCents, roundHalfAwayFromZero } from './money'

export interface SavingsPlan {
  currentCents: Cents
  monthlyContributionCents: Cents
  annualRate: number
  months: number
}

/** The equivalent monthly rate: (1 + annualRate)^(1/12) − 1. */
export function monthlyRateFromAnnual(annualRate: number): number {
  assertRate(annualRate)
  return Math.expm1(Math.log1p(annualRate) / 12)
}

/**
 * The value of the plan after `months` months, in cents (see the file
 * comment for the formula and rounding). Example: 10 000 € alone for
 * 12 months at 3 % → 10 300 €.
 */
export function futureValueCents(plan: SavingsPlan): Cents {
  assertPlan(plan)
  return roundHalfAwayFromZero(exactFutureValue(plan))
}

/**
 * The smallest whole-cent monthly contribution whose projected value
 * (`futureValueCents`) reaches `targetCents` after `months` months.
 *
 * Rounding: this is the one place that rounds UP rather than to nearest —
 * the exact solution of the formula is rounded half away from zero, then
 * adjusted by whole cents until it is the least amount that actually
 * reaches the target, so paying it never leaves the goal a few cents short.
 *
 * Returns 0 when the current amount already gets there on its own, and
 * `null` when no contribution can (0 months left and target not reached).
 */
export function monthlyContributionNeeded(
  targetCents: Cents,
  currentCents: Cents,
  annualRate: number,
  months: number,
): Cents | null {
  assertCents(targetCents, 'targetCents')
  const plan = (monthlyContributionCents: Cents): SavingsPlan => ({
    currentCents,
    monthlyContributionCents,
    annualRate,
    months,
  })
  const reaches = (contribution: Cents): boolean =>
    futureValueCents(plan(contribution)) >= targetCents
  if (reaches(0)) return 0
  if (months === 0) return null

  const growth = (1 + annualRate) ** (months / 12)
  const exact = (targetCents - currentCents * growth) / annuityFactor(annualRate, months)
  let contribution = Math.max(0, roundHalfAwayFromZero(exact))
  while (contribution > 0 && reaches(contribution - 1)) contribution -= 1
  while (!reaches(contribution)) contribution += 1
  return contribution
}

export interface GoalInput {
  targetCents: Cents
  currentCents: Cents
  monthlyContributionCents: Cents
  annualRate: number
  /** Today, passed in: the projection starts in this Paris month. */
  from: Date
  targetDate: Date
}

export interface GoalProjection {
  projectedCents: Cents
  /** How much is missing at the target date; 0 when on track. */
  shortfallCents: Cents
  onTrack: boolean
  /** Calendar months from `from` to `targetDate` in Paris; 0 if past. */
  monthsLeft: number
  /**
   * The contribution that would reach the target; null only when the target
   * day is already past in Paris and the target is not reached. A goal due
   * later in the current Paris month (monthsLeft 0, day not past) still needs
   * what is missing, paid this month, without return: target − current.
   */
  contributionNeededCents: Cents | null
  /** Value at month 0, …, monthsLeft: monthly up to 60 months, then yearly (≤ 61 points). */
  series: { month: MonthKey; valueCents: Cents }[]
}

/** Series steps of whole years, so that no more than 61 points are drawn. */
const MAX_MONTHLY_POINTS = 60

/**
 * Project a goal to its target date. `monthsLeft` counts calendar months
 * between the Paris months of `from` and `targetDate`
 * (`monthsBetweenParis`), floored at 0. The series starts at `from`'s month
 * with the current amount, then every month when monthsLeft ≤ 60,
 * otherwise every 12 months (every 24, 36… beyond 60 years), and always
 * ends on the target month. Each point is `futureValueCents` for its month.
 */
export function projectGoal(input: GoalInput): GoalProjection {
  const { targetCents, currentCents, monthlyContributionCents, annualRate, from, targetDate } =
    input
  assertCents(targetCents, 'targetCents')
  const monthsLeft = Math.max(0, monthsBetweenParis(from, targetDate))
  const valueAt = (months: number): Cents =>
    futureValueCents({ currentCents, monthlyContributionCents, annualRate, months })

  const projectedCents = valueAt(monthsLeft)
  const start = monthKeyParis(from)
  const dueThisMonth = monthsLeft === 0 && dayKeyParis(targetDate) >= dayKeyParis(from)
  return {
    projectedCents,
    shortfallCents: Math.max(0, targetCents - projectedCents),
    onTrack: projectedCents >= targetCents,
    monthsLeft,
    contributionNeededCents: dueThisMonth
      ? Math.max(0, targetCents - currentCents)
      : monthlyContributionNeeded(targetCents, currentCents, annualRate, monthsLeft),
    series: seriesMonths(monthsLeft).map((months) => ({
      month: addMonths(start, months),
      valueCents: valueAt(months),
    })),
  }
}

/** 0, step, 2·step, … and always the last month. */
function seriesMonths(monthsLeft: number): number[] {
  const step =
    monthsLeft <= MAX_MONTHLY_POINTS ? 1 : 12 * Math.ceil(monthsLeft / (12 * MAX_MONTHLY_POINTS))
  const months: number[] = []
  for (let month = 0; month < monthsLeft; month += step) months.push(month)
  months.push(monthsLeft)
  return months
}

function exactFutureValue({
  currentCents,
  monthlyContributionCents,
  annualRate,
  months,
}: SavingsPlan): number {
  const growth = (1 + annualRate) ** (months / 12)
  return currentCents * growth + monthlyContributionCents * annuityFactor(annualRate, months)
}

/** (g − 1) / r, the value of n end-of-month payments of 1; n when r = 0. */
function annuityFactor(annualRate: number, months: number): number {
  const logMonthly = Math.log1p(annualRate) / 12
  if (logMonthly === 0) return months
  return Math.expm1(months * logMonthly) / Math.expm1(logMonthly)
}

function assertRate(annualRate: number): void {
  if (!(Number.isFinite(annualRate) && annualRate > -1)) {
    throw new RangeError(`annualRate must be a finite decimal above −1, got ${annualRate}`)
  }
}

function assertPlan({
  currentCents,
  monthlyContributionCents,
  annualRate,
  months,
}: SavingsPlan): void {
  assertCents(currentCents, 'currentCents')
  assertCents(monthlyContributionCents, 'monthlyContributionCents')
  assertRate(annualRate)
  if (!(Number.isInteger(months) && months >= 0)) {
    throw new RangeError(`months must be a non-negative integer, got ${months}`)
  }
}

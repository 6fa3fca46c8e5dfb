/**
 * The monthly budget: what comes in, what goes out, what is left to save,
 * how long the cash would last, and how much of income goes to loans.
 */
import type { Cents } from './money'
import { assertCents, roundHalfAwayFromZero } from './money'

export type BudgetFrequency = 'monthly' | 'yearly'

/** One income or expense line, as declared: a positive amount and how often. */
export interface BudgetLine {
  amountCents: Cents
  frequency: BudgetFrequency
}

export interface BudgetSummary {
  monthlyIncomeCents: Cents
  monthlyExpensesCents: Cents
  /** Income − expenses; negative when spending exceeds income. */
  savingsCapacityCents: Cents
  /** Savings capacity ÷ income, a decimal (0.2 = 20 %); null when income is 0. */
  savingsRate: number | null
}

/**
 * Guideline of the Haut Conseil de stabilité financière (décision
 * D-HCSF-2021-7, binding on banks since 1 January 2022): loan repayments,
 * borrower's insurance included, should not exceed 35 % of net income
 * before tax. Banks may exceed it for a share of their new loans; Atlas only
 * flags it.
 */
export const HCSF_MAX_DEBT_RATIO = 0.35

/**
 * The monthly equivalent of a list of lines: monthly amounts as they are,
 * yearly amounts divided by 12.
 *
 * Rounding: computed as (12 × Σ monthly + Σ yearly) / 12 in exact integers,
 * rounded half away from zero to the cent once. So three yearly lines of
 * 1,00 € give 3,00 € / 12 = 25 c, not 8 + 8 + 8 = 24 c.
 */
export function monthlyTotalCents(lines: readonly BudgetLine[]): Cents {
  let twelfths = 0
  for (const { amountCents, frequency } of lines) {
    assertCents(amountCents, 'amountCents')
    if (amountCents < 0)
      throw new RangeError(`amountCents must not be negative, got ${amountCents}`)
    twelfths += frequency === 'monthly' ? 12 * amountCents : amountCents
  }
  return roundHalfAwayFromZero(twelfths / 12)
}

/**
 * Monthly income, expenses, savings capacity (income − expenses, from the
 * two rounded totals, so the three figures agree) and savings rate
 * (capacity ÷ income, unrounded decimal; null when income is 0).
 */
export function budgetSummary(budget: {
  incomes: readonly BudgetLine[]
  expenses: readonly BudgetLine[]
}): BudgetSummary {
  const monthlyIncomeCents = monthlyTotalCents(budget.incomes)
  const monthlyExpensesCents = monthlyTotalCents(budget.expenses)
  const savingsCapacityCents = monthlyIncomeCents - monthlyExpensesCents
  return {
    monthlyIncomeCents,
    monthlyExpensesCents,
    savingsCapacityCents,
    savingsRate: monthlyIncomeCents === 0 ? null : savingsCapacityCents / monthlyIncomeCents,
  }
}

/**
 * How many months of expenses the liquid savings would cover (épargne de
 * précaution): liquid ÷ monthly expenses, an unrounded decimal (4.5 = four
 * and a half months). Null when expenses are 0 — the question has no
 * answer. Which holdings count as liquid is the caller's choice; the
 * emergency fund counts current accounts and passbooks only
 * (`emergencyFund` in finance/emergencyFund.ts).
 */
export function emergencyFundMonths(
  liquidCents: Cents,
  monthlyExpensesCents: Cents,
): number | null {
  assertCents(liquidCents, 'liquidCents')
  assertCents(monthlyExpensesCents, 'monthlyExpensesCents')
  if (liquidCents < 0 || monthlyExpensesCents < 0) {
    throw new RangeError('liquid savings and expenses must not be negative')
  }
  if (monthlyExpensesCents === 0) return null
  return liquidCents / monthlyExpensesCents
}

export interface DebtRatio {
  /** Repayments ÷ income, an unrounded decimal (0.33 = 33 %); null when income is 0. */
  ratio: number | null
  /** Repayments above 35 % of income (HCSF_MAX_DEBT_RATIO); exactly 35 % is not. */
  exceedsHcsf: boolean
}

/**
 * Taux d'endettement: monthly loan repayments (insurance included) ÷ monthly
 * net income, and whether that breaks the HCSF 35 % guideline. The
 * comparison is made in integers (repayments × 100 > income × 35), so there
 * is no floating-point doubt at the boundary. With no income, any repayment
 * exceeds it.
 */
export function debtRatio(
  monthlyLoanRepaymentsCents: Cents,
  monthlyNetIncomeCents: Cents,
): DebtRatio {
  assertCents(monthlyLoanRepaymentsCents, 'monthlyLoanRepaymentsCents')
  assertCents(monthlyNetIncomeCents, 'monthlyNetIncomeCents')
  if (monthlyLoanRepaymentsCents < 0 || monthlyNetIncomeCents < 0) {
    throw new RangeError('repayments and income must not be negative')
  }
  const maxPercent = Math.round(HCSF_MAX_DEBT_RATIO * 100)
  return {
    ratio: monthlyNetIncomeCents === 0 ? null : monthlyLoanRepaymentsCents / monthlyNetIncomeCents,
    exceedsHcsf: monthlyLoanRepaymentsCents * 100 > monthlyNetIncomeCents * maxPercent,
  }
}

import { debtRatio, type DebtRatio } from '../finance/budget'
import { isCents, type Cents } from '../finance/money'
import { loanRepayments } from './loans'
import type { AssetDoc } from './groups'

/** Where the monthly repayments of the debt ratio come from. */
export type RepaymentsSource = 'loans' | 'questionnaire'

export type DebtRatioFromSource = DebtRatio & { source: RepaymentsSource; repaymentsCents: Cents }

/**
 * Taux d'endettement from the best figure at hand: the repayments of the
 * loans recorded in the patrimony (the investor's share, see loans.ts) as
 * soon as one of them carries a mensualité, otherwise the questionnaire's
 * "remboursements d'emprunts". Never both: the questionnaire's figure is the
 * same loans, declared by hand.
 */
export function debtRatioFromSource(
  docs: readonly AssetDoc[],
  questionnaireRepaymentsCents: unknown,
  monthlyIncomeCents: Cents,
): DebtRatioFromSource {
  const fromLoans = loanRepayments(docs)
  const source: RepaymentsSource = fromLoans.loansWithPayment > 0 ? 'loans' : 'questionnaire'
  const repaymentsCents =
    source === 'loans'
      ? fromLoans.monthlyCents
      : isCents(questionnaireRepaymentsCents) && questionnaireRepaymentsCents >= 0
        ? questionnaireRepaymentsCents
        : 0
  return { ...debtRatio(repaymentsCents, monthlyIncomeCents), source, repaymentsCents }
}

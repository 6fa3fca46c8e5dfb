import type { loansFr } from './loans.fr'

/** English twin of loans.fr.ts: exactly the same keys. */
export const loansEn: Record<keyof typeof loansFr, string> = {
  'errors.loan.financedAssetUnknown': 'Choose one of your assets from the list.',
  'errors.loan.financedAssetIsDebt': 'A loan finances an asset, not a debt: choose an asset.',
  'errors.loan.endsAt': 'Enter a valid date (for example 12/05/2041).',

  'loans.form.legend': 'Loan (debts only)',
  'loans.form.financedAsset': 'Financed asset',
  'loans.form.financedAssetNone': 'No asset in particular',
  'loans.form.financedAssetHint': 'What this loan bought: its net value will take it into account.',
  'loans.form.monthlyPayment': 'Monthly repayment',
  'loans.form.monthlyPaymentHint': 'Insurance included, in euros per month (for example 1,480).',
  'loans.form.endsAt': 'End date',
  'loans.form.endsAtHint': 'Date of the last instalment.',

  'loans.netValue': 'Net value:',
  'loans.netValueDetail': 'after {debt} of outstanding capital',
  'loans.financedBy': 'Loan:',
  'loans.finances': 'Finances:',
  'loans.monthlyPayment': 'Monthly repayment: {amount}',
  'loans.remaining.one': '1 month left',
  'loans.remaining.other': '{months} months left',
  'loans.ended': 'Loan repaid',

  'loans.debtRatio': 'Debt ratio:',
  'loans.debtRatio.repayments': 'Repayments: {amount} a month',
  'loans.debtRatio.source.loans': 'from your loans',
  'loans.debtRatio.source.questionnaire': 'from your questionnaire',
  'loans.debtRatio.over': 'Above the 35 % recommended by the HCSF.',
  'loans.debtRatio.noIncome': 'Enter your income in the questionnaire to compute it.',
  'admin.client.debtRatio.source.loans': 'from the recorded loans',
  'admin.client.debtRatio.source.questionnaire': 'from the questionnaire',
}

import { formatEur } from '@atlas/shared/finance/money'
import { budgetOfProfile, type BudgetFigures } from '@atlas/shared/profile/profileFigures'
import { useLocale, useT } from '../../lib/translation'
import { BudgetChart } from '../charts/BudgetChart'
import type { DebtRatioFromSource } from '@atlas/shared/patrimony/debtRatioSource'
import { DebtRatioFigure } from './DebtRatioFigure'

export type { BudgetFigures }

/** The derived budget of a profile document (zeros until income or expenses are answered). */
export const budgetFigures = budgetOfProfile

/**
 * Dashboard widget: monthly income, expenses and savings capacity, as
 * figures (the accessible part) and a nivo bar chart drawn on the server.
 */
export function BudgetCard({ budget, debt }: { budget: BudgetFigures; debt?: DebtRatioFromSource }) {
  const t = useT()
  const locale = useLocale()
  if (budget.monthlyIncomeCents === 0 && budget.monthlyExpensesCents === 0) return null
  const rows = [
    { key: 'income', label: t('profile.budget.income'), cents: budget.monthlyIncomeCents, color: '#1f7a5a' },
    { key: 'expenses', label: t('profile.budget.expenses'), cents: budget.monthlyExpensesCents, color: '#b45309' },
    { key: 'savings', label: t('profile.budget.savings'), cents: budget.savingsCapacityCents, color: '#13308a' },
  ]
  return (
    <section className="card budget-card" aria-labelledby="budget-card-title" data-testid="budget-card">
      <h2 id="budget-card-title">{t('profile.budget')}</h2>
      <dl className="budget-figures">
        {rows.map((row) => (
          <div key={row.key}>
            <dt>{row.label}</dt>
            <dd>{formatEur(row.cents, locale)}</dd>
          </div>
        ))}
      </dl>
      <BudgetChart bars={rows} />
      {debt ? <DebtRatioFigure debt={debt} /> : null}
    </section>
  )
}

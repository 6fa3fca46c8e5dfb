import { Link } from 'react-router'
import { formatEur } from '@atlas/shared/finance/money'
import type { LoanLinks } from '@atlas/shared/patrimony/loans'
import { useLocale, useT } from '../../lib/translation'

/**
 * Under a line of the patrimony page: for an asset a loan financed, its net
 * value (the investor's share of it minus their share of the capital still
 * due) and a link to each loan; for a loan, what it finances, its mensualité
 * and the months left. Nothing for a line without a link.
 */
export function LoanNote({ lineId, links }: { lineId: string; links: LoanLinks }) {
  const t = useT()
  const locale = useLocale()
  const financed = links.assets[lineId]
  if (financed) {
    return (
      <span className="loan-note" data-testid="net-value">
        <span>
          <strong>{t('loans.netValue')} <span data-testid="net-value-amount">{formatEur(financed.netCents, locale)}</span></strong>{' '}
          {t('loans.netValueDetail', { debt: formatEur(financed.debtCents, locale) })}
        </span>
        {financed.debts.map((debt) => (
          <span key={debt.id}>
            {t('loans.financedBy')} <Link to={`/portail/patrimoine/${debt.id}`}>{debt.label}</Link>
          </span>
        ))}
      </span>
    )
  }
  const loan = links.loans[lineId]
  if (!loan) return null
  const months = loan.remainingMonths
  const parts = [
    loan.monthlyPaymentCents === null ? '' : t('loans.monthlyPayment', { amount: formatEur(loan.monthlyPaymentCents, locale) }),
    months === null ? '' : months === 0 ? t('loans.ended') : months === 1 ? t('loans.remaining.one') : t('loans.remaining.other', { months }),
  ].filter(Boolean)
  return (
    <span className="loan-note" data-testid="loan-finances">
      <span>
        {t('loans.finances')} <Link to={`/portail/patrimoine/${loan.financedAssetId}`}>{loan.financedLabel}</Link>
      </span>
      {parts.length ? <span>{parts.join(' · ')}</span> : null}
    </span>
  )
}

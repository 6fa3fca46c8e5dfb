import { formatEur } from '@atlas/shared/finance/money'
import type { DebtRatioFromSource } from '@atlas/shared/patrimony/debtRatioSource'
import { useLocale, useT } from '../../lib/translation'

/**
 * The budget card's taux d'endettement: the ratio, where its repayments come
 * from (the loans recorded in the patrimony, or the questionnaire) and the
 * HCSF 35 % warning.
 */
export function DebtRatioFigure({ debt }: { debt: DebtRatioFromSource }) {
  const t = useT()
  const locale = useLocale()
  const percent = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 })
  return (
    <div className="debt-ratio" data-testid="debt-ratio">
      <span>
        {t('loans.debtRatio')}{' '}
        <span className="debt-ratio-value" data-testid="debt-ratio-value">
          {debt.ratio === null ? '—' : percent.format(debt.ratio)}
        </span>{' '}
        <span className="debt-ratio-source" data-testid="debt-ratio-source">({t(`loans.debtRatio.source.${debt.source}`)})</span>
      </span>
      <span className="debt-ratio-source">{t('loans.debtRatio.repayments', { amount: formatEur(debt.repaymentsCents, locale) })}</span>
      {debt.ratio === null ? <span className="debt-ratio-source">{t('loans.debtRatio.noIncome')}</span> : null}
      {debt.exceedsHcsf && debt.ratio !== null ? <p className="debt-ratio-over" role="note">{t('loans.debtRatio.over')}</p> : null}
    </div>
  )
}

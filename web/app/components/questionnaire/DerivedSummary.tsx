import { formatEur } from '@atlas/shared/finance/money'
import type { ProfileDoc } from '../../lib/questionnaire.server'
import { useLocale, useT } from '../../lib/translation'

/** What the cms derived from the answers: risk score and label, warnings, monthly budget. */
export function DerivedSummary({ profile }: { profile: ProfileDoc }) {
  const t = useT()
  const locale = useLocale()
  const warnings = Array.isArray(profile.warnings) ? profile.warnings : []
  return (
    <div className="derived">
      <section className="card risk-card" aria-labelledby="risk-title">
        <h2 id="risk-title">{t('profile.riskScore')}</h2>
        {profile.riskScore ? (
          <p className="risk-value" data-testid="risk-score">
            {t('profile.riskScore.value', { score: profile.riskScore, label: t(`profile.risk.level.${profile.riskScore}`) })}
          </p>
        ) : (
          <p className="muted" data-testid="risk-score">{t('profile.riskScore.none')}</p>
        )}
        {profile.riskScore ? (
          <ol className="risk-scale" aria-hidden="true">
            {[1, 2, 3, 4, 5, 6, 7].map((level) => (
              <li key={level} className={level === profile.riskScore ? 'risk-step risk-step-current' : 'risk-step'}>{level}</li>
            ))}
          </ol>
        ) : null}
      </section>
      <section className="card" aria-labelledby="budget-title">
        <h2 id="budget-title">{t('profile.budget')}</h2>
        <dl className="budget-figures">
          <div><dt>{t('profile.budget.income')}</dt><dd data-testid="monthly-income">{formatEur(profile.monthlyIncomeCents ?? 0, locale)}</dd></div>
          <div><dt>{t('profile.budget.expenses')}</dt><dd>{formatEur(profile.monthlyExpensesCents ?? 0, locale)}</dd></div>
          <div><dt>{t('profile.budget.savings')}</dt><dd data-testid="savings-capacity">{formatEur(profile.savingsCapacityCents ?? 0, locale)}</dd></div>
        </dl>
      </section>
      {warnings.length ? (
        <section className="card warnings-card" aria-labelledby="warnings-title">
          <h2 id="warnings-title">{t('profile.warnings')}</h2>
          <ul data-testid="warnings">
            {warnings.map((warning) => <li key={warning.code}>{t(`questionnaire.warning.${warning.code}`)}</li>)}
          </ul>
        </section>
      ) : null}
    </div>
  )
}

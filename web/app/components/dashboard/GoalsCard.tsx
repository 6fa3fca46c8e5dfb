import { Link } from 'react-router'
import { formatEur } from '@atlas/shared/finance/money'
import type { GoalsPlan } from '@atlas/shared/finance/goalsPlan'
import { goalsOfProfile } from '@atlas/shared/profile/profileFigures'
import { useLocale, useT } from '../../lib/translation'

/** The goals of a profile document, planned against its savings capacity (shared planGoals). */
export const goalsFigures = goalsOfProfile

/** Dashboard widget: each goal, its deadline and what it asks to save every month; do the goals fit the savings? */
export function GoalsCard({ plan }: { plan: GoalsPlan }) {
  const t = useT()
  const locale = useLocale()
  const date = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'Europe/Paris' })
  return (
    <section className="card goals-card" aria-labelledby="goals-card-title" data-testid="goals-card">
      <h2 id="goals-card-title">{t('dashboard.goals.title')}</h2>
      {plan.goals.length === 0 ? (
        <>
          <p>{t('dashboard.goals.empty')}</p>
          <p><Link to="/portail/questionnaire/objectifs" className="button button-secondary button-small">{t('dashboard.goals.add')}</Link></p>
        </>
      ) : (
        <>
          <p className="muted">{t('dashboard.goals.lead')}</p>
          <ul className="goal-list">
            {plan.goals.map((goal) => (
              <li key={`${goal.name}-${goal.targetDate}`} data-testid="goal-row">
                <div>
                  <strong>{goal.name}</strong>
                  <span className="muted">
                    {t('dashboard.goals.deadline', { date: date.format(new Date(`${goal.targetDate}T12:00:00Z`)), months: goal.monthsLeft })}
                  </span>
                </div>
                <div className="goal-figures">
                  <strong>{formatEur(goal.targetCents, locale)}</strong>
                  <span>
                    {goal.monthlyNeededCents === null
                      ? t('dashboard.goals.past')
                      : t('dashboard.goals.monthly', { amount: formatEur(goal.monthlyNeededCents, locale) })}
                  </span>
                </div>
              </li>
            ))}
          </ul>
          <p>{t('dashboard.goals.total', { amount: formatEur(plan.totalMonthlyNeededCents, locale) })}</p>
          <p className={plan.marginCents >= 0 ? 'goal-verdict goal-fits' : 'goal-verdict goal-short'} data-testid="goals-verdict">
            {plan.marginCents >= 0
              ? t('dashboard.goals.fits', { amount: formatEur(plan.marginCents, locale) })
              : t('dashboard.goals.short', { amount: formatEur(-plan.marginCents, locale) })}
          </p>
        </>
      )}
    </section>
  )
}

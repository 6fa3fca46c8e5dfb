import { Link } from 'react-router'
import { completion } from '@atlas/shared/profile/questionnaire'
import { useT } from '../../lib/translation'

export type QuestionnaireSummary = { completionPct: number; nextStep: string | null }

/** From the profile document as the cms returns it (null when there is none). */
export function questionnaireSummary(profile: Record<string, unknown> | null): QuestionnaireSummary {
  const done = completion(profile ?? {})
  return { completionPct: done.totalPct, nextStep: done.missing[0] ?? null }
}

/** Dashboard widget: how far the questionnaire is, and what to do next. */
export function QuestionnaireCard({ summary }: { summary: QuestionnaireSummary }) {
  const t = useT()
  const { completionPct, nextStep } = summary
  return (
    <section className="card questionnaire-card" aria-labelledby="questionnaire-card-title" data-testid="questionnaire-card">
      <h2 id="questionnaire-card-title">{t('dashboard.profile')}</h2>
      <label className="step-progress-total">
        <span>{t('questionnaire.progress.total', { pct: completionPct })}</span>
        <progress max={100} value={completionPct} />
      </label>
      <p>{nextStep ? t('dashboard.questionnaire.next', { step: t(`questionnaire.step.${nextStep}`) }) : t('dashboard.questionnaire.done')}</p>
      <p>
        {nextStep ? (
          <Link to="/portail/questionnaire" className="button button-primary button-small">{t('dashboard.questionnaire.cta')}</Link>
        ) : (
          <Link to="/portail/profil" className="button button-secondary button-small">{t('dashboard.questionnaire.view')}</Link>
        )}
      </p>
    </section>
  )
}

import { data, Link } from 'react-router'
import { formatDateParis } from '@atlas/shared/finance/dates'
import { completion } from '@atlas/shared/profile/questionnaire'
import type { Route } from './+types/profile'
import { AnswersSummary } from '../../components/questionnaire/AnswersSummary'
import { DerivedSummary } from '../../components/questionnaire/DerivedSummary'
import { pageMeta } from '../../lib/pageMeta'
import { requireProfile } from '../../lib/questionnaire.server'
import { useLocale, useT } from '../../lib/translation'

export const meta: Route.MetaFunction = ({ matches }) => pageMeta(matches, 'profile.title')

export async function loader({ request }: Route.LoaderArgs) {
  const { profile, headers } = await requireProfile(request)
  return data({ profile, completion: completion(profile) }, { headers })
}

/** `/portail/profil`: the answers by section, the derived risk profile and budget, the status. */
export default function Profile({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const { profile, completion: done } = loaderData
  const status = profile.status ?? 'draft'
  return (
    <div className="profile-page">
      <header className="profile-header">
        <h1>{t('profile.title')}</h1>
        <strong className={`pill pill-${status}`} data-testid="profile-status">{t(`profile.status.${status}`)}</strong>
        <span className="profile-completion" data-testid="profile-completion">{t('profile.completion', { pct: done.totalPct })}</span>
      </header>
      {profile.reviewDueAt ? <p className="muted">{t('profile.reviewDue', { date: formatDateParis(new Date(profile.reviewDueAt), locale) })}</p> : null}
      {done.missing.length > 0 ? (
        <p><Link to="/portail/questionnaire" className="button button-primary">{t('profile.continue')}</Link></p>
      ) : null}
      <DerivedSummary profile={profile} />
      <AnswersSummary profile={profile} completion={done} editable={status !== 'validated'} />
    </div>
  )
}

import { data, Form, Link, redirect } from 'react-router'
import { completion } from '@atlas/shared/profile/questionnaire'
import { stepSpecById } from '@atlas/shared/profile/questionnaire/formSpec'
import type { Route } from './+types/review'
import { FormAlert } from '../../../components/FormAlert'
import { AnswersSummary } from '../../../components/questionnaire/AnswersSummary'
import { DerivedSummary } from '../../../components/questionnaire/DerivedSummary'
import { StepProgress } from '../../../components/questionnaire/StepProgress'
import { pageMeta } from '../../../lib/pageMeta'
import { requireProfile, saveProfile } from '../../../lib/questionnaire.server'
import { useT } from '../../../lib/translation'

export const meta: Route.MetaFunction = ({ matches }) => pageMeta(matches, 'questionnaire.review.title')

export async function loader({ request }: Route.LoaderArgs) {
  const { profile, headers } = await requireProfile(request)
  return data({ profile, completion: completion(profile) }, { headers })
}

/** Sends the questionnaire to the advisor (status → submitted); the cms refuses it while a step is incomplete. */
export async function action({ request }: Route.ActionArgs) {
  const { profile, token } = await requireProfile(request)
  const saved = await saveProfile(request, token, profile.id, { status: 'submitted' })
  if (saved.ok) return redirect('/portail/profil')
  if (saved.kind === 'unavailable') return data({ formError: 'errors.service.unavailable' }, { status: 503 })
  // The cms's "incomplete: steps X, Y" is the list of missing steps the page shows already: said once, there.
  if (saved.fieldErrors.status && completion(profile).missing.length > 0) return data({ formError: null }, { status: 400 })
  return data({ formError: saved.fieldErrors.status ?? (saved.message || 'errors.unexpected') }, { status: 400 })
}

export default function QuestionnaireReview({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const { profile, completion: done } = loaderData
  const submitted = profile.status !== 'draft'
  return (
    <div className="questionnaire">
      <StepProgress number={null} total={9} pct={done.totalPct} />
      <h1>{t('questionnaire.review.title')}</h1>
      <p className="lead">{t('questionnaire.review.lead')}</p>
      {actionData?.formError ? <FormAlert testId="form-error">{t(actionData.formError)}</FormAlert> : null}
      {submitted ? <FormAlert tone="success">{t('questionnaire.submitted')}</FormAlert> : null}
      {done.missing.length > 0 ? (
        <FormAlert testId="missing-steps">
          {t('questionnaire.review.missing')}{' '}
          {done.missing.map((id, index) => (
            <span key={id}>
              {index > 0 ? ', ' : null}
              <Link to={`/portail/questionnaire/${stepSpecById(id).slug}`}>{t(`questionnaire.step.${id}`)}</Link>
            </span>
          ))}
        </FormAlert>
      ) : null}
      <DerivedSummary profile={profile} />
      <AnswersSummary profile={profile} completion={done} editable={profile.status !== 'validated'} />
      {!submitted ? (
        <Form method="post" className="questionnaire-actions">
          <button type="submit" className="button button-primary" data-testid="submit-questionnaire">{t('questionnaire.submit')}</button>
        </Form>
      ) : null}
    </div>
  )
}

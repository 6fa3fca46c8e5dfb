import { data, Form, redirect } from 'react-router'
import { completion, KNOWLEDGE_FAMILIES, knowledgeFamily, STEPS, stepById } from '@atlas/shared/profile/questionnaire'
import type { Route } from './+types/step'
import { FormAlert } from '../../../components/FormAlert'
import { FamilySteps } from '../../../components/questionnaire/FamilySteps'
import { KnowledgeRows } from '../../../components/questionnaire/KnowledgeRows'
import { knowledgeAction } from '../../../lib/knowledgeStep.server'
import { QuestionField } from '../../../components/questionnaire/QuestionField'
import { StepProgress } from '../../../components/questionnaire/StepProgress'
import { StepRows } from '../../../components/questionnaire/StepRows'
import { formText } from '../../../lib/forms'
import { answersOf, editRows, readStepForm, valuesFromProfile, type StepValues } from '../../../lib/questionnaireForm'
import { requireProfile, saveProfile, stepErrors } from '../../../lib/questionnaire.server'
import { REVIEW_SLUG, STEP_SPECS, stepBySlug } from '@atlas/shared/profile/questionnaire/formSpec'
import { pageMeta } from '../../../lib/pageMeta'
import { useT } from '../../../lib/translation'
import { useRefusalCount } from '../../../lib/useRefusalCount'

export const meta: Route.MetaFunction = ({ matches }) => pageMeta(matches, 'questionnaire.title')

type ActionState = { values: StepValues; fieldErrors: Record<string, string>; formError?: string }

function specOf(slug: string) {
  const spec = stepBySlug(slug)
  if (!spec) throw data({ reason: 'not-found' }, { status: 404 })
  return spec
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const spec = specOf(params.step)
  const { profile, headers } = await requireProfile(request)
  const index = STEP_SPECS.indexOf(spec)
  const url = new URL(request.url)
  return data(
    {
      stepId: spec.id,
      // The knowledge step shows one family of products at a time (?famille=).
      family: spec.id === 'knowledge' ? knowledgeFamily(url.searchParams.get('famille')).slug : null,
      unfinished: url.searchParams.has('a-completer'),
      number: index + 1,
      values: valuesFromProfile(spec, profile),
      pct: completion(profile).totalPct,
      status: profile.status ?? 'draft',
      saved: url.searchParams.has('enregistre'),
      hasPrevious: index > 0,
    },
    { headers },
  )
}

export async function action({ request, params }: Route.ActionArgs) {
  const spec = specOf(params.step)
  const step = stepById(spec.id)!
  const { profile, token } = await requireProfile(request)
  const form = await request.formData()
  if (spec.id === 'knowledge') return knowledgeAction(request, token, profile, form)
  const intent = formText(form, 'intent') || 'next'

  // Adding or removing a line: the form comes back with the change, nothing saved or lost.
  if (intent === 'add' || intent.startsWith('remove:')) {
    const values = readStepForm(spec, form, true)
    const edit = intent === 'add' ? { add: true as const } : { remove: Number(intent.slice('remove:'.length)) }
    return data<ActionState>({ values: editRows(spec, values, edit), fieldErrors: {} })
  }

  const values = readStepForm(spec, form)
  const answers = answersOf(spec, values)
  // "Next" needs the step complete; "save" and "back" keep any valid subset (a draft).
  const parsed = (intent === 'next' ? step.complete : step.draft).safeParse(answers)
  if (!parsed.success) {
    // A list step refused for having no line comes back with an empty line to fill.
    if (spec.isList && spec.rows && (values.rows[spec.rows.path] ?? []).length === 0) Object.assign(values, editRows(spec, values, { add: true }))
    return data<ActionState>({ values, fieldErrors: stepErrors(spec.key, parsed.error), formError: 'errors.form' }, { status: 400 })
  }
  const saved = await saveProfile(request, token, profile.id, { [spec.key]: answers })
  if (!saved.ok) {
    const unavailable = saved.kind === 'unavailable'
    const fieldErrors = unavailable ? {} : saved.fieldErrors
    const formError = unavailable ? 'errors.service.unavailable' : (fieldErrors.status ?? (saved.message || 'errors.unexpected'))
    return data<ActionState>({ values, fieldErrors, formError }, { status: unavailable ? 503 : 400 })
  }
  const index = STEP_SPECS.indexOf(spec)
  if (intent === 'save') return redirect(`/portail/questionnaire/${spec.slug}?enregistre=1`)
  if (intent === 'back') return redirect(`/portail/questionnaire/${STEP_SPECS[Math.max(0, index - 1)]!.slug}`)
  return redirect(`/portail/questionnaire/${STEP_SPECS[index + 1]?.slug ?? REVIEW_SLUG}`)
}

export default function QuestionnaireStep({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const attempt = useRefusalCount(actionData)
  const spec = STEP_SPECS.find((candidate) => candidate.id === loaderData.stepId)!
  const values = actionData?.values ?? loaderData.values
  const errors = actionData?.fieldErrors ?? {}
  const rowsLabelKey = spec.rows ? `questionnaire.field.${spec.key}.${spec.rows.path.split('.')[1] ?? ''}` : ''
  const family = loaderData.family ? knowledgeFamily(loaderData.family) : null
  return (
    <div className="questionnaire">
      <StepProgress number={loaderData.number} total={STEPS.length} pct={loaderData.pct} />
      <h1>{t(`questionnaire.step.${spec.id}`)}</h1>
      {family ? (
        <>
          <FamilySteps current={family.slug} base={`/portail/questionnaire/${spec.slug}`} />
          <h2 data-testid="family-title">
            {t('questionnaire.family.position', { index: KNOWLEDGE_FAMILIES.indexOf(family) + 1, total: KNOWLEDGE_FAMILIES.length, name: t(`questionnaire.family.${family.slug}`) })}
          </h2>
        </>
      ) : null}
      {loaderData.unfinished && !actionData ? <FormAlert testId="family-unfinished">{t('questionnaire.family.incomplete')}</FormAlert> : null}
      {loaderData.number === 1 ? <p className="lead">{t('questionnaire.lead')}</p> : null}
      {loaderData.status === 'validated' ? <FormAlert tone="success">{t('questionnaire.locked')}</FormAlert> : null}
      {loaderData.saved && !actionData ? <FormAlert tone="success" testId="saved">{t('questionnaire.saved')}</FormAlert> : null}
      {actionData?.formError ? <FormAlert testId="form-error">{t(actionData.formError)}</FormAlert> : null}
      <Form method="post" noValidate className="form questionnaire-form" key={attempt}>
        {/* Enter in a text input submits with the first button: make that one "next". */}
        <button type="submit" name="intent" value="next" className="visually-hidden" tabIndex={-1} aria-hidden="true" />
        {family ? <input type="hidden" name="famille" value={family.slug} /> : null}
        {spec.fields.map((field) => {
          const name = `${spec.key}.${field.name}`
          return (
            <QuestionField
              key={name}
              field={field}
              name={name}
              label={t(`questionnaire.field.${spec.key}.${field.name}`)}
              value={values.fields[name]}
              error={errors[name]}
            />
          )
        })}
        {family ? <KnowledgeRows rows={values.rows.knowledge ?? []} errors={errors} classes={family.classes} /> : null}
        {spec.rows ? (
          <StepRows
            spec={spec.rows}
            label={spec.isList ? t(`questionnaire.step.${spec.id}`) : t(rowsLabelKey)}
            rows={values.rows[spec.rows.path] ?? []}
            errors={errors}
          />
        ) : null}
        <div className="questionnaire-actions">
          {loaderData.hasPrevious || (family && KNOWLEDGE_FAMILIES.indexOf(family) > 0) ? (
            <button type="submit" name="intent" value="back" className="button button-secondary">← {t('questionnaire.back')}</button>
          ) : null}
          <button type="submit" name="intent" value="save" className="button button-secondary" data-testid="save">
            {t('questionnaire.save')}
          </button>
          <button type="submit" name="intent" value="next" className="button button-primary" data-testid="next">
            {t('questionnaire.next')} →
          </button>
        </div>
      </Form>
    </div>
  )
}

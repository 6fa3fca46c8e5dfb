import { translate, type Locale } from '@atlas/shared/i18n'
import { answerText, completion, KNOWLEDGE_FIELDS, STEP_SPECS, type FieldSpec } from '@atlas/shared/profile/questionnaire'

const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
const rowsAt = (value: unknown): Record<string, unknown>[] => (Array.isArray(value) ? value.filter((row) => row && typeof row === 'object') : [])

/**
 * The questionnaire's answers step by step, labelled from the shared
 * catalogue and spelled by the shared answerText, as the investor's own
 * summary on web shows them.
 */
export function ClientAnswers({ profile, locale }: { profile: Record<string, unknown>; locale: Locale }) {
  const t = (key: string, params?: Record<string, string | number>) => translate(locale, key, params)
  const done = completion(profile)
  const knowledge = rowsAt(profile.knowledge)
  const rowText = (row: Record<string, unknown>, fields: FieldSpec[]) => fields.map((field) => answerText(field, row[field.name], locale)).join(' · ')
  return (
    <div className="client-answers" data-testid="client-answers">
      {STEP_SPECS.map((spec, index) => {
        const group = record(profile[spec.key])
        const stepDone = done.steps[index]
        const rows = spec.rows ? rowsAt(spec.isList ? profile[spec.key] : group[spec.rows.path.split('.')[1]!]) : []
        return (
          <section key={spec.id} className="client-card" aria-labelledby={`answers-${spec.id}`} data-testid={`answers-${spec.id}`}>
            <h2 id={`answers-${spec.id}`}>
              {index + 1}. {t(`questionnaire.step.${spec.id}`)} {stepDone ? <small>({stepDone.pct} %)</small> : null}
            </h2>
            {spec.fields.length ? (
              <dl>
                {spec.fields.map((field) => (
                  <div key={field.name} style={{ display: 'contents' }}>
                    <dt>{t(`questionnaire.field.${spec.key}.${field.name}`)}</dt>
                    <dd>{answerText(field, group[field.name], locale)}</dd>
                  </div>
                ))}
              </dl>
            ) : null}
            {spec.id === 'knowledge' ? (
              knowledge.length ? (
                <ul>
                  {knowledge.map((row) => (
                    <li key={String(row.productClass)}>
                      <strong>{t(`profile.productClass.${row.productClass}`)}</strong> :{' '}
                      {KNOWLEDGE_FIELDS.map((field) => `${t(`questionnaire.field.knowledge.${field.name}`)} ${answerText(field, row[field.name], locale)}`).join(' · ')}
                    </li>
                  ))}
                </ul>
              ) : (
                <p>{t('profile.unanswered')}</p>
              )
            ) : null}
            {spec.rows ? (
              <>
                {spec.isList ? null : <h3>{t(`questionnaire.field.${spec.key}.${spec.rows.path.split('.')[1]}`)}</h3>}
                {rows.length ? (
                  <ul>{rows.map((row, i) => <li key={i}>{rowText(row, spec.rows!.fields)}</li>)}</ul>
                ) : (
                  <p>{t(spec.isList ? 'profile.unanswered' : 'profile.noRows')}</p>
                )}
              </>
            ) : null}
          </section>
        )
      })}
    </div>
  )
}

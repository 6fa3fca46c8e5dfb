import type { RawRow } from '../../lib/questionnaireForm'
import { KNOWLEDGE_FIELDS } from '@atlas/shared/profile/questionnaire/formSpec'
import { useT } from '../../lib/translation'
import { QuestionField } from './QuestionField'

/** Knowledge and experience: one fieldset per product class (art. 55 of Delegated Regulation 2017/565). */
export function KnowledgeRows({ rows, errors }: { rows: RawRow[]; errors: Record<string, string> }) {
  const t = useT()
  return (
    <div className="knowledge">
      {errors.knowledge ? <p className="field-error">{t(errors.knowledge)}</p> : null}
      {rows.map((row, index) => (
        <fieldset key={String(row.productClass)} className="row card" data-testid="knowledge-row">
          <legend className="row-legend">{t(`profile.productClass.${row.productClass}`)}</legend>
          <input type="hidden" name={`knowledge.${index}.productClass`} value={String(row.productClass)} />
          <div className="row-fields">
            {KNOWLEDGE_FIELDS.map((field) => {
              const name = `knowledge.${index}.${field.name}`
              return (
                <QuestionField
                  key={name}
                  field={field}
                  name={name}
                  label={t(`questionnaire.field.knowledge.${field.name}`)}
                  value={row[field.name]}
                  error={errors[name]}
                />
              )
            })}
          </div>
        </fieldset>
      ))}
    </div>
  )
}

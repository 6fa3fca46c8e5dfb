import type { RawRow } from '../../lib/questionnaireForm'
import type { RowsSpec } from '@atlas/shared/profile/questionnaire/formSpec'
import { useT } from '../../lib/translation'
import { QuestionField } from './QuestionField'

type Props = { spec: RowsSpec; label: string; rows: RawRow[]; errors: Record<string, string> }

/**
 * A repeatable list (income, commitments, goals). "Add a line" and "remove"
 * are submit buttons with a named intent, so they work without JavaScript:
 * the server sends the form back with one line more or less, nothing lost.
 */
export function StepRows({ spec, label, rows, errors }: Props) {
  const t = useT()
  const listError = errors[spec.path]
  return (
    <fieldset className="rows" aria-describedby={listError ? `rows-${spec.path}-error` : undefined}>
      <legend className="rows-legend">{label}</legend>
      {listError ? <p id={`rows-${spec.path}-error`} className="field-error">{t(listError)}</p> : null}
      {rows.map((row, index) => (
        <fieldset key={index} className="row card" data-testid={`row-${spec.path}`}>
          <legend className="row-legend">{t('questionnaire.row', { number: index + 1 })}</legend>
          <div className="row-fields">
            {spec.fields.map((field) => {
              const name = `${spec.path}.${index}.${field.name}`
              return (
                <QuestionField
                  key={name}
                  field={field}
                  name={name}
                  label={t(`questionnaire.field.${spec.labels}.${field.name}`)}
                  value={row[field.name]}
                  error={errors[name]}
                />
              )
            })}
          </div>
          <button type="submit" name="intent" value={`remove:${index}`} className="button button-secondary button-small row-remove">
            {t('questionnaire.removeRow')}
          </button>
        </fieldset>
      ))}
      <button type="submit" name="intent" value="add" className="button button-secondary button-small" data-testid={`add-${spec.path}`}>
        + {t('questionnaire.addRow')}
      </button>
    </fieldset>
  )
}

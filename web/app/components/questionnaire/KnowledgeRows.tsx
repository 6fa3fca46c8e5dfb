import type { RawRow } from '../../lib/questionnaireForm'
import { KNOWLEDGE_FIELDS } from '@atlas/shared/profile/questionnaire/formSpec'
import { useT } from '../../lib/translation'
import { QuestionField } from './QuestionField'

/**
 * Knowledge and experience: one fieldset per product class (art. 55 of
 * Delegated Regulation 2017/565), each with a one-line plain explanation.
 * `rows` is the whole ordered list; only the classes of this page's family
 * are shown, under their index in that list (so errors find their input).
 */
export function KnowledgeRows({ rows, errors, classes }: { rows: RawRow[]; errors: Record<string, string>; classes: readonly string[] }) {
  const t = useT()
  return (
    <div className="knowledge">
      {rows.map((row, index) => {
        const productClass = String(row.productClass)
        if (!classes.includes(productClass)) return null
        const explainId = `knowledge-explain-${productClass}`
        return (
          <fieldset key={productClass} className="row card" data-testid="knowledge-row" data-class={productClass} aria-describedby={explainId}>
            <legend className="row-legend">{t(`profile.productClass.${productClass}`)}</legend>
            <p className="muted knowledge-explain" id={explainId} data-testid="knowledge-explain">{t(`profile.productClass.${productClass}.explain`)}</p>
            <input type="hidden" name={`knowledge.${index}.productClass`} value={productClass} />
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
        )
      })}
    </div>
  )
}

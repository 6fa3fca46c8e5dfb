import { OPTION_LISTS, optionLabelKey } from '@atlas/shared/profile/questionnaire'
import { Field } from '../Field'
import { COUNTRIES, type FieldSpec } from '@atlas/shared/profile/questionnaire/formSpec'
import { useLocale, useT } from '../../lib/translation'

type Props = {
  field: FieldSpec
  /** The input's name: the answer's path (`identity.birthDate`, `income.0.label`). */
  name: string
  label: string
  value: string | string[] | undefined
  /** A message key or an already translated message. */
  error?: string
}

const idOf = (name: string) => `field-${name.replaceAll('.', '-')}`

/** One answer of the questionnaire, with its label, error and the ARIA wiring. */
export function QuestionField({ field, name, label, value, error }: Props) {
  const t = useT()
  const locale = useLocale()
  const message = error ? t(error) : undefined
  const text = Array.isArray(value) ? (value[0] ?? '') : (value ?? '')
  const id = idOf(name)
  const errorId = `${id}-error`
  const invalid = message ? true : undefined
  const describedBy = message ? errorId : undefined
  const errorText = message ? <p id={errorId} className="field-error">{message}</p> : null

  switch (field.kind) {
    case 'text':
    case 'date':
    case 'number':
    case 'money':
    case 'percent':
      return (
        <Field
          name={name}
          label={label}
          defaultValue={text}
          error={message}
          type={field.kind === 'date' ? 'date' : 'text'}
          inputMode={field.kind === 'money' ? 'decimal' : field.kind === 'number' || field.kind === 'percent' ? 'numeric' : undefined}
          maxLength={field.kind === 'text' ? 100 : undefined}
          hint={field.kind === 'money' ? t('questionnaire.hint.amount') : undefined}
        />
      )
    case 'select':
    case 'country': {
      const options: { value: string; label: string }[] =
        field.kind === 'country'
          ? COUNTRIES.map((code) => ({
              value: code,
              label: new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code,
            }))
          : (OPTION_LISTS[field.list!] as readonly (string | number)[]).map((option) => ({
              value: String(option),
              label: t(optionLabelKey(field.list!, option)),
            }))
      return (
        <div className={message ? 'field field-invalid' : 'field'}>
          <label htmlFor={id} className="field-label">{label}</label>
          <select id={id} name={name} className="input" defaultValue={text} aria-invalid={invalid} aria-describedby={describedBy}>
            <option value="">{t('questionnaire.choose')}</option>
            {options.map((option) => (
              <option key={option.value} value={option.value}>{option.label}</option>
            ))}
          </select>
          {errorText}
        </div>
      )
    }
    case 'radio':
    case 'yesno':
    case 'checkboxes': {
      const options =
        field.kind === 'yesno'
          ? [
              { value: 'yes', label: t('questionnaire.yes') },
              { value: 'no', label: t('questionnaire.no') },
            ]
          : (OPTION_LISTS[field.list!] as readonly (string | number)[]).map((option) => ({
              value: String(option),
              label: t(optionLabelKey(field.list!, option)),
            }))
      const chosen = Array.isArray(value) ? value : [text]
      const type = field.kind === 'checkboxes' ? 'checkbox' : 'radio'
      return (
        <fieldset className={`choice-group${field.kind === 'yesno' ? ' choice-inline' : ''}${message ? ' field-invalid' : ''}`} aria-describedby={describedBy} id={id}>
          <legend className="field-label">{label}</legend>
          {errorText}
          {options.map((option) => (
            <label key={option.value} className="choice">
              <input
                type={type}
                name={name}
                value={option.value}
                defaultChecked={chosen.includes(option.value)}
                aria-invalid={invalid}
                aria-describedby={describedBy}
              />
              <span>{option.label}</span>
            </label>
          ))}
        </fieldset>
      )
    }
  }
}

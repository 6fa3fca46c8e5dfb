'use client'
import type { NumberFieldClientComponent } from 'payload'
import { TextInput, useField, useFormFields, useTranslation } from '@payloadcms/ui'
import { getTranslation } from '@payloadcms/translations'
import { useCallback, useEffect, useRef, useState } from 'react'
import { eurosToCents, moneyInputText, moneyProblem } from '@atlas/shared/finance'
import { adminLocale } from '../../format'

/**
 * The admin input of every money field (fields/moneyField.ts): the person
 * types euros ("250 000", "250000.50"), the form holds integer cents, and the
 * field shows "250 000,00 €" once they leave it. Text that is not an amount is
 * kept in the form as text, so the field shows the localized refusal and the
 * document is not saved.
 */
export const MoneyInput: NumberFieldClientComponent = ({ field, path: pathFromProps, readOnly }) => {
  const { i18n } = useTranslation()
  const locale = adminLocale(i18n.language)
  const { min, max, required, label, admin } = field
  const validate = useCallback(
    (value: unknown) => {
      if (required && (value === null || value === undefined || value === '')) return i18n.t('validation:required')
      return moneyProblem(value, { min, max }, locale) ?? true
    },
    [required, min, max, locale, i18n],
  )
  const { value, setValue, showError, path, disabled } = useField<number | string | null>({
    potentiallyStalePath: pathFromProps,
    validate: validate as never,
  })
  // A value the cms computes (moneyField's `computedWhenSet`: a sibling that is set then, e.g. a price source) is read-only.
  const computedWhenSet = (admin?.custom as { computedWhenSet?: string } | undefined)?.computedWhenSet
  const computed = useFormFields(([fields]) => Boolean(computedWhenSet && fields[computedWhenSet]?.value))
  const [text, setText] = useState(() => (typeof value === 'string' ? value : moneyInputText(value, locale)))
  const editing = useRef(false)

  // A value set from outside the input (document loaded, reset) is shown formatted.
  useEffect(() => {
    if (!editing.current) setText(typeof value === 'string' ? value : moneyInputText(value, locale))
  }, [value, locale])

  return (
    <div
      onFocus={() => (editing.current = true)}
      onBlur={() => {
        editing.current = false
        if (typeof value !== 'string') setText(moneyInputText(value, locale))
      }}
    >
      <TextInput
        path={path}
        label={label}
        required={required}
        readOnly={readOnly || disabled || computed}
        showError={showError}
        description={admin?.description}
        placeholder={getTranslation({ fr: 'ex. 250 000,00 €', en: 'e.g. €250,000.00' }, i18n)}
        value={text}
        htmlAttributes={{ autoComplete: 'off' }}
        onChange={(event: React.ChangeEvent<HTMLInputElement>) => {
          const typed = event.target.value
          setText(typed)
          if (typed.trim() === '') return setValue(null)
          setValue(eurosToCents(typed) ?? typed)
        }}
      />
    </div>
  )
}

import type { InputHTMLAttributes } from 'react'

type FieldProps = {
  name: string
  label: string
  /** Already translated; shown under the input and announced with it. */
  error?: string
  hint?: string
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'id'>

/**
 * A labelled input with its hint and error, wired for assistive technology:
 * the error sets aria-invalid, and both texts are in aria-describedby.
 */
export function Field({ name, label, error, hint, ...input }: FieldProps) {
  const id = `field-${name}`
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id} className="field-label">{label}</label>
      <input
        id={id}
        name={name}
        className="input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...input}
      />
      {error ? <p id={errorId} className="field-error">{error}</p> : null}
      {hint ? <p id={hintId} className="field-hint">{hint}</p> : null}
    </div>
  )
}

import type { TextareaHTMLAttributes } from 'react'

type TextAreaProps = {
  name: string
  label: string
  /** Already translated. */
  error?: string
  hint?: string
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name' | 'id'>

/** The multi-line twin of Field: label, hint and error wired for assistive technology. */
export function TextArea({ name, label, error, hint, ...textarea }: TextAreaProps) {
  const id = `field-${name}`
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id} className="field-label">{label}</label>
      <textarea
        id={id}
        name={name}
        className="input input-multiline"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...textarea}
      />
      {error ? <p id={errorId} className="field-error">{error}</p> : null}
      {hint ? <p id={hintId} className="field-hint">{hint}</p> : null}
    </div>
  )
}

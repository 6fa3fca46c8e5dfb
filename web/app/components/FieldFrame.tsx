import type { ReactNode } from 'react'

export type ControlProps = { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }

/**
 * Label, hint and error around one form control, wired for assistive
 * technology: the error sets aria-invalid, and both texts are in
 * aria-describedby. Field (input) and TextArea draw their control inside it.
 */
export function FieldFrame({
  name,
  label,
  error,
  hint,
  children,
}: {
  name: string
  label: string
  error?: string
  hint?: string
  children: (control: ControlProps) => ReactNode
}) {
  const id = `field-${name}`
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id} className="field-label">{label}</label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {error ? <p id={errorId} className="field-error">{error}</p> : null}
      {hint ? <p id={hintId} className="field-hint">{hint}</p> : null}
    </div>
  )
}

import type { InputHTMLAttributes } from 'react'
import { FieldFrame } from './FieldFrame'

type FieldProps = {
  name: string
  label: string
  /** Already translated; shown under the input and announced with it. */
  error?: string
  hint?: string
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'id'>

/** A labelled input with its hint and error (see FieldFrame). */
export function Field({ name, label, error, hint, ...input }: FieldProps) {
  return (
    <FieldFrame name={name} label={label} error={error} hint={hint}>
      {(control) => <input {...control} name={name} className="input" {...input} />}
    </FieldFrame>
  )
}

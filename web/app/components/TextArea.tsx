import type { TextareaHTMLAttributes } from 'react'
import { FieldFrame } from './FieldFrame'

type TextAreaProps = {
  name: string
  label: string
  /** Already translated. */
  error?: string
  hint?: string
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name' | 'id'>

/** The multi-line twin of Field (see FieldFrame). */
export function TextArea({ name, label, error, hint, ...textarea }: TextAreaProps) {
  return (
    <FieldFrame name={name} label={label} error={error} hint={hint}>
      {(control) => <textarea {...control} name={name} className="input input-multiline" {...textarea} />}
    </FieldFrame>
  )
}

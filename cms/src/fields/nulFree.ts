import type { Field } from 'payload'
import { email, richText, text, textarea } from 'payload/shared'
import { translate } from '@atlas/shared/i18n'
import { requestLocale } from '../i18n/requestLocale'

/*
 * PostgreSQL text cannot hold U+0000: a NUL in any text reached the database
 * and failed there as a 500. Every text, textarea, email and rich-text field
 * of every collection refuses it first, at that field (a ValidationError with
 * its path), then runs its own rule.
 */

const NUL = '\u0000'

/** Whether a NUL hides anywhere in the value (strings, lists, rich-text JSON). */
export const holdsNul = (value: unknown): boolean => {
  if (typeof value === 'string') return value.includes(NUL)
  if (Array.isArray(value)) return value.some(holdsNul)
  if (value !== null && typeof value === 'object') return Object.entries(value).some(([key, inner]) => key.includes(NUL) || holdsNul(inner))
  return false
}

const DEFAULTS = { text, textarea, email, richText } as const
type TextLike = Extract<Field, { type: keyof typeof DEFAULTS }>

const isTextLike = (field: Field): field is TextLike => field.type in DEFAULTS && 'name' in field

export const nulFree = (field: Field): Field => {
  if (!isTextLike(field)) return field
  const own = (field.validate ?? DEFAULTS[field.type]) as (value: unknown, options: never) => ReturnType<typeof text>
  const validate = (value: unknown, options: { req: Parameters<typeof requestLocale>[0] }) =>
    holdsNul(value) ? translate(requestLocale(options.req), 'errors.text.nul') : own(value, options as never)
  return { ...field, validate } as Field
}

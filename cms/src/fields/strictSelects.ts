import type { Field, SelectField } from 'payload'
import { select } from 'payload/shared'

const NOT_A_CHOICE = 'Choisissez une valeur de la liste.'

const isChoice = (value: unknown, hasMany: boolean | undefined): boolean =>
  hasMany ? Array.isArray(value) && value.every((v) => typeof v === 'string') : typeof value === 'string'

/**
 * Payload's select validator treats every falsy value as "no answer", so a
 * request sending `false` or `0` for a select passed validation and reached
 * PostgreSQL's enum as "false" — a 500 (found by the property tests). Every
 * select field of every collection is wrapped once (fields/strictInputs.ts):
 * anything but a string (or a list of strings for hasMany) is a 400 at that
 * field, then the field's own rule (or Payload's) runs.
 */
export const strictSelect = (field: Field): Field => {
  if (field.type !== 'select') return field
  const own = field.validate ?? select
  const validate = (value: unknown, options: Parameters<typeof select>[1]) =>
    value === null || value === undefined || isChoice(value, field.hasMany)
      ? (own as typeof select)(value as string, options)
      : NOT_A_CHOICE
  return { ...field, validate } as SelectField
}

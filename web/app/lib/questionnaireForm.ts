import { eurosToCents } from '@atlas/shared/finance/money'
import { PRODUCT_CLASSES } from '@atlas/shared/profile'
import type { FieldSpec, StepSpec } from '@atlas/shared/profile/questionnaire/formSpec'
import { KNOWLEDGE_FIELDS } from '@atlas/shared/profile/questionnaire/formSpec'

/*
 * A step's form values as typed (strings, so nothing typed is ever lost)
 * and the answers they mean (numbers in cents, booleans, null for "not
 * answered" so that clearing an input clears the stored answer).
 */

export type RawRow = Record<string, string | string[]>
export interface StepValues {
  /** Group fields by input name (`identity.birthDate`). */
  fields: RawRow
  /** Lists of rows by path (`income`, `expenses.commitments`, `knowledge`). */
  rows: Record<string, RawRow[]>
}

type Answer = string | number | boolean | string[] | null

export function typedAnswer(field: FieldSpec, raw: string | string[] | undefined): Answer {
  if (field.kind === 'checkboxes') return Array.isArray(raw) ? raw : raw ? [raw] : []
  const text = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? ''
  if (text === '') return null
  switch (field.kind) {
    case 'yesno':
      return text === 'yes' ? true : text === 'no' ? false : text
    case 'money':
      return eurosToCents(text) ?? text
    case 'number':
    case 'percent':
      return /^-?\d+$/.test(text) ? Number(text) : text
    case 'radio':
      return field.numeric && /^\d+$/.test(text) ? Number(text) : text
    default:
      return text
  }
}

export function rawAnswer(field: FieldSpec, value: unknown): string | string[] {
  if (field.kind === 'checkboxes') return Array.isArray(value) ? value.map(String) : []
  if (value === null || value === undefined) return ''
  if (field.kind === 'yesno') return value === true ? 'yes' : value === false ? 'no' : ''
  if (field.kind === 'money' && typeof value === 'number') return (value / 100).toFixed(2).replace('.', ',')
  return String(value)
}

const isBlank = (row: RawRow) => Object.values(row).every((value) => (Array.isArray(value) ? value.length === 0 : value.trim() === ''))

/** Rows named `<path>.<i>.<field>`, in index order. */
function readRows(form: FormData, path: string, fields: FieldSpec[]): RawRow[] {
  const indices = new Set<number>()
  const pattern = new RegExp(`^${path.replace('.', '\\.')}\\.(\\d+)\\.`)
  for (const key of form.keys()) {
    const match = pattern.exec(key)
    if (match) indices.add(Number(match[1]))
  }
  return [...indices]
    .sort((a, b) => a - b)
    .map((index) => {
      const row: RawRow = {}
      for (const field of fields) row[field.name] = readRaw(form, `${path}.${index}.${field.name}`, field)
      return row
    })
}

function readRaw(form: FormData, name: string, field: FieldSpec): string | string[] {
  const all = form.getAll(name).filter((value): value is string => typeof value === 'string')
  return field.kind === 'checkboxes' ? all : (all[0] ?? '')
}

const knowledgeRowFields: FieldSpec[] = [{ name: 'productClass', kind: 'select' }, ...KNOWLEDGE_FIELDS]
export const rowFieldsOf = (step: StepSpec): FieldSpec[] =>
  step.id === 'knowledge' ? knowledgeRowFields : (step.rows?.fields ?? [])
export const rowsPathOf = (step: StepSpec): string | undefined => (step.id === 'knowledge' ? 'knowledge' : step.rows?.path)

/** The form as typed. Blank rows are kept only when `keepBlankRows` (adding or removing a line). */
export function readStepForm(step: StepSpec, form: FormData, keepBlankRows = false): StepValues {
  const fields: RawRow = {}
  for (const field of step.fields) fields[`${step.key}.${field.name}`] = readRaw(form, `${step.key}.${field.name}`, field)
  const rows: Record<string, RawRow[]> = {}
  const path = rowsPathOf(step)
  if (path) {
    const read = readRows(form, path, rowFieldsOf(step))
    rows[path] = step.id === 'knowledge' || keepBlankRows ? read : read.filter((row) => !isBlank(row))
  }
  return { fields, rows }
}

/** The answers the values mean, as the step's profile key holds them. */
export function answersOf(step: StepSpec, values: StepValues): unknown {
  const path = rowsPathOf(step)
  const rowFields = rowFieldsOf(step)
  const rows = (path ? (values.rows[path] ?? []) : []).map((row) =>
    Object.fromEntries(rowFields.map((field) => [field.name, typedAnswer(field, row[field.name])])),
  )
  if (step.isList) return rows
  const group: Record<string, unknown> = Object.fromEntries(
    step.fields.map((field) => [field.name, typedAnswer(field, values.fields[`${step.key}.${field.name}`])]),
  )
  if (path) group[path.split('.')[1]!] = rows
  return group
}

/** The stored answers of a step as form values. */
export function valuesFromProfile(step: StepSpec, profile: Record<string, unknown>): StepValues {
  const stored = profile[step.key]
  const group = (stored && typeof stored === 'object' && !Array.isArray(stored) ? stored : {}) as Record<string, unknown>
  const fields: RawRow = {}
  for (const field of step.fields) fields[`${step.key}.${field.name}`] = rawAnswer(field, group[field.name])
  const rows: Record<string, RawRow[]> = {}
  const path = rowsPathOf(step)
  if (path) {
    const list = (step.isList ? stored : group[path.split('.')[1]!]) as Record<string, unknown>[] | undefined
    const asRaw = (row: Record<string, unknown>) =>
      Object.fromEntries(rowFieldsOf(step).map((field) => [field.name, rawAnswer(field, row[field.name])]))
    rows[path] = Array.isArray(list) ? list.map(asRaw) : []
  }
  if (step.id === 'knowledge') rows.knowledge = knowledgeRows(rows.knowledge ?? [])
  // The income step is the list itself: start it with one empty line to fill.
  if (step.isList && path && rows[path]!.length === 0) return editRows(step, { fields, rows }, { add: true })
  return { fields, rows }
}

/** One row per product class, in the classes' order, whatever was stored. */
export function knowledgeRows(rows: RawRow[]): RawRow[] {
  return PRODUCT_CLASSES.map(
    (productClass) =>
      rows.find((row) => row.productClass === productClass) ?? {
        productClass,
        ...Object.fromEntries(KNOWLEDGE_FIELDS.map((field) => [field.name, ''])),
      },
  )
}

/** Adds a blank line to, or removes line `index` from, the step's list. */
export function editRows(step: StepSpec, values: StepValues, edit: { add: true } | { remove: number }): StepValues {
  const path = rowsPathOf(step)
  if (!path || step.id === 'knowledge') return values
  const rows = [...(values.rows[path] ?? [])]
  if ('add' in edit) rows.push(Object.fromEntries(rowFieldsOf(step).map((field) => [field.name, field.kind === 'checkboxes' ? [] : ''])))
  else rows.splice(edit.remove, 1)
  return { ...values, rows: { ...values.rows, [path]: rows } }
}

import type { FlattenedField, PayloadRequest } from 'payload'

/*
 * Which values each operator takes on each kind of field. A value Payload
 * would hand to PostgreSQL as it is — an object (`[equals][$ne]=1`), `near`
 * on a text column, `maybe` for a boolean, `abc` for an integer id, a name
 * that is not one of a select's options — is refused here, before the
 * database runs, instead of failing there as a 500.
 */

/*
 * `all` is not here: @payloadcms/drizzle has no implementation for it (its
 * operatorMap leaves it as a TODO), so on PostgreSQL every `[all]` query
 * failed as a 500 (`/api/plans?where[name][all][0]=0`). Refused as an
 * unknown operator until the adapter supports it.
 */
export const OPERATORS = new Set([
  'equals', 'not_equals', 'in', 'not_in', 'exists', 'contains', 'like', 'not_like',
  'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal', 'within', 'intersects', 'near',
])

const LIST_OPERATORS = new Set(['in', 'not_in'])
const POINT_OPERATORS = new Set(['within', 'intersects', 'near'])
const TEXT_TYPES = new Set(['text', 'textarea', 'email', 'code', 'richText', 'json'])

/** PostgreSQL `integer` (Payload's serial ids). */
const MAX_SERIAL = 2_147_483_647
const MAX_YEAR = 9999

type Leaf = FlattenedField | 'id' | undefined

const isScalar = (value: unknown): boolean =>
  value === null ||
  typeof value === 'string' ||
  typeof value === 'boolean' ||
  (typeof value === 'number' && Number.isFinite(value)) ||
  (value instanceof Date && !Number.isNaN(value.getTime()))

const isSerialId = (value: unknown): boolean => {
  if (value === null) return true
  const text = typeof value === 'number' ? String(value) : value
  return typeof text === 'string' && /^[1-9]\d{0,9}$/.test(text) && Number(text) <= MAX_SERIAL
}

const isNumeric = (value: unknown): boolean =>
  value === null ||
  (typeof value === 'number' && Number.isFinite(value)) ||
  (typeof value === 'string' && /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(value) && Number.isFinite(Number(value)))

const isBooleanLike = (value: unknown): boolean =>
  value === null || typeof value === 'boolean' || value === 'true' || value === 'false'

const isDateLike = (value: unknown): boolean => {
  if (value === null) return true
  if (typeof value !== 'string' && !(value instanceof Date)) return false
  const date = new Date(value)
  const year = date.getUTCFullYear()
  return !Number.isNaN(date.getTime()) && year >= 1 && year <= MAX_YEAR
}

/** The values of a list operator: an array, or Payload's comma-separated text. */
const listOf = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value]

const serialTarget = (field: FlattenedField, req: PayloadRequest): boolean => {
  if (field.type !== 'relationship' && field.type !== 'upload') return false
  if (typeof field.relationTo !== 'string') return false
  const target = req.payload.collections[field.relationTo]
  return Boolean(target) && target!.customIDType === undefined && req.payload.db.defaultIDType === 'number'
}

const optionValues = (field: FlattenedField): Set<string> | undefined =>
  field.type === 'select' || field.type === 'radio'
    ? new Set(field.options.map((option) => (typeof option === 'string' ? option : option.value)))
    : undefined

/** A check for one value of `leaf`, or undefined when any scalar goes. */
const valueCheck = (leaf: Leaf, req: PayloadRequest, ownIdIsSerial: boolean): ((value: unknown) => boolean) | undefined => {
  if (leaf === 'id') return ownIdIsSerial ? isSerialId : undefined
  if (!leaf) return undefined
  if (leaf.type === 'number') return isNumeric
  if (leaf.type === 'checkbox') return isBooleanLike
  if (leaf.type === 'date') return isDateLike
  if (serialTarget(leaf, req)) return isSerialId
  const options = optionValues(leaf)
  if (options) return (value) => value === null || (typeof value === 'string' && options.has(value))
  return undefined
}

/** Whether `operator` makes sense on `leaf` at all. */
const operatorFits = (operator: string, leaf: Leaf): boolean => {
  const type = leaf === 'id' ? 'id' : leaf?.type
  if (POINT_OPERATORS.has(operator)) return type === 'point'
  if (type === 'point') return ['equals', 'not_equals', 'exists', 'near', 'within', 'intersects'].includes(operator)
  if (type === undefined) return true
  // Payload turns `like` on numbers, ids and relationships into `equals` (the admin's search on ids uses it).
  if (operator === 'like') return TEXT_TYPES.has(type) || ['id', 'number', 'relationship', 'upload'].includes(type)
  if (operator === 'not_like') return TEXT_TYPES.has(type)
  if (operator === 'contains') {
    const hasMany = leaf !== 'id' && 'hasMany' in leaf! && Boolean(leaf.hasMany)
    return TEXT_TYPES.has(type) || hasMany || type === 'join'
  }
  return true
}

export type ValueProblem = 'operator' | 'value' | undefined

/** What is wrong with `{ [operator]: value }` on `leaf`, if anything. */
export const operatorProblem = (
  operator: string,
  value: unknown,
  leaf: Leaf,
  req: PayloadRequest,
  ownIdIsSerial: boolean,
): ValueProblem => {
  if (!OPERATORS.has(operator) || !operatorFits(operator, leaf)) return 'operator'
  if (POINT_OPERATORS.has(operator)) {
    if (operator === 'near') return typeof value === 'string' || Array.isArray(value) ? undefined : 'value'
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? undefined : 'value'
  }
  if (operator === 'exists') return isBooleanLike(value) && value !== null ? undefined : 'value'
  const values = LIST_OPERATORS.has(operator) ? listOf(value) : [value]
  if (!values.every(isScalar)) return 'value'
  // PostgreSQL text cannot hold U+0000: no row can match, and the query would fail.
  if (values.some((item) => typeof item === 'string' && item.includes('\u0000'))) return 'value'
  const check = valueCheck(leaf, req, ownIdIsSerial)
  if (!check) return undefined
  return values.every(check) ? undefined : 'value'
}

export const isSerialIdValue = isSerialId

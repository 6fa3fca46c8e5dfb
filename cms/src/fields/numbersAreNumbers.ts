import { ValidationError, type CollectionBeforeOperationHook, type FlattenedField, type SanitizedConfig } from 'payload'
import { eurosToCents } from '@atlas/shared/finance'
import { translate } from '@atlas/shared/i18n'
import { requestLocale } from '../i18n/requestLocale'
import { MONEY_FIELD_COMPONENT } from './moneyField'

/*
 * Payload turns text sent to a number field into `parseFloat(text)` before
 * any validator runs: "12abc" became 12, "250 000" 250 cents, "50 %" a 50 %
 * share. A number field takes a JSON number (or null); text is refused at
 * its path, in the caller's language, before Payload reads it.
 */

type Found = { path: string; field: FlattenedField; text: string }

const isMoney = (field: FlattenedField) =>
  (field.admin?.components as { Field?: unknown } | undefined)?.Field === MONEY_FIELD_COMPONENT

/** The first number field of `fields` that `data` gives text, if any. */
export const textInNumber = (fields: FlattenedField[], data: unknown, path: string[] = []): Found | undefined => {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined
  const values = data as Record<string, unknown>
  for (const field of fields) {
    if (!('name' in field) || !(field.name in values)) continue
    const value = values[field.name]
    const here = [...path, field.name]
    if (field.type === 'number') {
      const items = Array.isArray(value) ? value : [value]
      const text = items.find((item): item is string => typeof item === 'string')
      if (text !== undefined) return { path: here.join('.'), field, text }
    } else if (field.type === 'group' || field.type === 'tab') {
      const found = textInNumber(field.flattenedFields, value, here)
      if (found) return found
    } else if (field.type === 'array' && Array.isArray(value)) {
      for (const [index, row] of value.entries()) {
        const found = textInNumber(field.flattenedFields, row, [...here, String(index)])
        if (found) return found
      }
    } else if (field.type === 'blocks' && Array.isArray(value)) {
      for (const [index, row] of value.entries()) {
        const blockType = (row as { blockType?: unknown } | null)?.blockType
        const block = field.blocks.find((candidate) => candidate.slug === blockType)
        const found = block ? textInNumber(block.flattenedFields, row, [...here, String(index)]) : undefined
        if (found) return found
      }
    }
  }
  return undefined
}

const WRITES = new Set(['create', 'update', 'autosave'])

const refuseText: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (!WRITES.has(operation)) return args
  const found = textInNumber(collection.flattenedFields, (args as { data?: unknown }).data)
  if (!found) return args
  const locale = requestLocale(req)
  const message = isMoney(found.field)
    ? translate(locale, eurosToCents(found.text) === null ? 'errors.money.invalid' : 'errors.money.wholeCents')
    : translate(locale, 'errors.number.text')
  const label = found.field.label
  const named = typeof label === 'string' ? label : label && typeof label === 'object' ? (label as Record<string, string>)[locale] : undefined
  throw new ValidationError({ collection: collection.slug, errors: [{ label: named, message, path: found.path }] }, req.t)
}

/** Adds the refusal to every collection, Payload's own included (run over the sanitized config). */
export const numbersAreNumbers = (config: SanitizedConfig): SanitizedConfig => {
  for (const collection of config.collections) {
    if (collection.hooks.beforeOperation?.includes(refuseText)) continue
    collection.hooks.beforeOperation = [refuseText, ...(collection.hooks.beforeOperation ?? [])]
  }
  return config
}

import { ValidationError, type CollectionBeforeOperationHook, type FlattenedField, type SanitizedConfig } from 'payload'
import { eurosToCents } from '@atlas/shared/finance'
import { translate } from '@atlas/shared/i18n'
import { requestLocale } from '../i18n/requestLocale'
import { MONEY_FIELD_COMPONENT } from './moneyField'

/*
 * Payload turns text sent to a number field into `parseFloat(text)` before
 * any validator runs: "12abc" became 12, "250 000" 250 cents, "50 %" a 50 %
 * share. A number field takes a JSON number (or null). Text is replaced by
 * NaN before Payload reads it, so the field's own validator refuses it with
 * its own words, together with every other field error of the request.
 * Text in a money field (what the admin's money input keeps when it does
 * not read as euros) and any text in a draft save (which skips validators)
 * is refused here, at its path: "Indiquez un montant en euros" or "nombre
 * entier de centimes" — the admin shows it at the field.
 */

type Found = { path: string; field: FlattenedField; holder: Record<string | number, unknown>; key: string | number }

const isMoney = (field: FlattenedField) =>
  (field.admin?.components as { Field?: unknown } | undefined)?.Field === MONEY_FIELD_COMPONENT

/** Every place where `data` gives text to a number field of `fields`. */
export const textsInNumbers = (fields: FlattenedField[], data: unknown, path: string[] = []): Found[] => {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return []
  const values = data as Record<string, unknown>
  const found: Found[] = []
  for (const field of fields) {
    if (!('name' in field) || !(field.name in values)) continue
    const value = values[field.name]
    const here = [...path, field.name]
    if (field.type === 'number') {
      if (typeof value === 'string') found.push({ path: here.join('.'), field, holder: values, key: field.name })
      if (Array.isArray(value)) {
        value.forEach((item, index) => {
          if (typeof item === 'string') found.push({ path: [...here, index].join('.'), field, holder: value as never, key: index })
        })
      }
    } else if (field.type === 'group' || field.type === 'tab') {
      found.push(...textsInNumbers(field.flattenedFields, value, here))
    } else if (field.type === 'array' && Array.isArray(value)) {
      value.forEach((row, index) => found.push(...textsInNumbers(field.flattenedFields, row, [...here, String(index)])))
    } else if (field.type === 'blocks' && Array.isArray(value)) {
      value.forEach((row, index) => {
        const blockType = (row as { blockType?: unknown } | null)?.blockType
        const block = field.blocks.find((candidate) => candidate.slug === blockType)
        if (block) found.push(...textsInNumbers(block.flattenedFields, row, [...here, String(index)]))
      })
    }
  }
  return found
}

const labelOf = (field: FlattenedField, locale: string): string | undefined => {
  const label = 'label' in field ? field.label : undefined
  if (typeof label === 'string') return label
  return label && typeof label === 'object' ? (label as Record<string, string>)[locale] : undefined
}

const WRITES = new Set<string>(['create', 'update'])

const refuseText: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (!WRITES.has(operation)) return args
  const found = textsInNumbers(collection.flattenedFields, (args as { data?: unknown }).data)
  if (!found.length) return args
  const draft = Boolean((args as { draft?: boolean; autosave?: boolean }).draft || (args as { autosave?: boolean }).autosave)
  if (draft || found.some(({ field }) => isMoney(field))) {
    const locale = requestLocale(req)
    const messageFor = ({ field, holder, key }: Found) =>
      isMoney(field)
        ? translate(locale, eurosToCents(String(holder[key])) === null ? 'errors.money.invalid' : 'errors.money.wholeCents')
        : translate(locale, 'errors.number.text')
    throw new ValidationError({ collection: collection.slug, errors: found.map((one) => ({ label: labelOf(one.field, locale), message: messageFor(one), path: one.path })) }, req.t)
  }
  for (const { holder, key } of found) holder[key] = Number.NaN
  return args
}

/** Adds the refusal to every collection, Payload's own included (run over the sanitized config). */
export const numbersAreNumbers = (config: SanitizedConfig): SanitizedConfig => {
  for (const collection of config.collections) {
    if (collection.hooks.beforeOperation?.includes(refuseText)) continue
    collection.hooks.beforeOperation = [refuseText, ...(collection.hooks.beforeOperation ?? [])]
  }
  return config
}

import type { Field, FieldAccess } from 'payload'

type AnyField = { name?: string; type: string; access?: { read?: FieldAccess }; fields?: AnyField[]; tabs?: { name?: string; fields: AnyField[] }[] }

const both = (own: FieldAccess | undefined, rule: FieldAccess): FieldAccess =>
  own ? async (args) => (await rule(args)) && (await own(args)) : rule

const guard = (field: AnyField, rule: FieldAccess) => {
  field.access = { ...field.access, read: both(field.access?.read, rule) }
}

const walk = (fields: AnyField[], publicNames: ReadonlySet<string>, rule: FieldAccess) => {
  for (const field of fields) {
    if (field.type === 'tabs' && field.tabs) {
      for (const tab of field.tabs) {
        // A named tab is a group of its own; an unnamed one only lays fields out.
        if (tab.name) {
          if (!publicNames.has(tab.name)) guard(tab as AnyField, rule)
        } else walk(tab.fields, publicNames, rule)
      }
    } else if (field.name) {
      if (!publicNames.has(field.name)) guard(field, rule)
    } else if (field.fields) walk(field.fields, publicNames, rule)
  }
}

/**
 * Private by default: every field of `collection` that is not in
 * `publicNames` (those Payload adds itself included: timestamps, auth
 * fields) is read only by whom `rule` allows, on top of the field's own
 * rule. Run on the sanitized config, over both field trees Payload keeps.
 */
export const privateByDefault = (
  collection: { fields: Field[]; flattenedFields?: unknown[] },
  publicNames: readonly string[],
  rule: FieldAccess,
) => {
  const names = new Set(publicNames)
  walk(collection.fields as AnyField[], names, rule)
  if (collection.flattenedFields) walk(collection.flattenedFields as AnyField[], names, rule)
}

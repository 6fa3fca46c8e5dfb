import type { CollectionConfig, Field, GlobalConfig } from 'payload'
import { withNulFreeCollectionEndpoints } from '../endpoints/nulFreeBodies'
import { mapCollectionFields, mapFields } from './mapFields'
import { nulFree } from './nulFree'
import { strictDates } from './strictDates'
import { strictSelect } from './strictSelects'

/**
 * The input rules every collection gets without asking: selects take only
 * their options' text, text-like fields and custom endpoints' bodies refuse
 * NUL characters, dates refuse numbers (docs/decisions/022-queries-are-validated.md).
 */
const strictField = (field: Field): Field => strictDates(nulFree(strictSelect(field)))

export const withStrictInputs = (collections: CollectionConfig[]): CollectionConfig[] =>
  withNulFreeCollectionEndpoints(mapCollectionFields(collections, strictField))

/** The same field rules for globals (e.g. the firm's information). */
export const withStrictGlobalInputs = (globals: GlobalConfig[]): GlobalConfig[] =>
  globals.map((global) => ({ ...global, fields: mapFields(global.fields, strictField) }))

import type { CollectionConfig } from 'payload'
import { withNulFreeCollectionEndpoints } from '../endpoints/nulFreeBodies'
import { mapCollectionFields } from './mapFields'
import { nulFree } from './nulFree'
import { strictDates } from './strictDates'
import { strictSelect } from './strictSelects'

/**
 * The input rules every collection gets without asking: selects take only
 * their options' text, text-like fields and custom endpoints' bodies refuse
 * NUL characters, dates refuse numbers (docs/decisions/022-queries-are-validated.md).
 */
export const withStrictInputs = (collections: CollectionConfig[]): CollectionConfig[] =>
  withNulFreeCollectionEndpoints(mapCollectionFields(collections, (field) => strictDates(nulFree(strictSelect(field)))))

import type { queriesFr } from './queries.fr'

/** Refused queries and inputs (English): exactly the keys of queries.fr.ts. */
export const queriesEn: Record<keyof typeof queriesFr, string> = {
  'errors.query.hiddenPath': 'The field “{path}” cannot be used to filter or sort.',
  'errors.query.operator': 'The operator “{operator}” does not apply to the field “{path}”.',
  'errors.query.value': 'The value given to “{path}” for the operator “{operator}” is not valid.',
  'errors.query.where': 'The filter (where) must map fields to operators.',
  'errors.query.sameArray': 'A filter can use the fields of the list “{path}” only once. Filter on one of its fields.',
  'errors.query.page': 'The page number must be a whole number between 1 and {max}.',
  'errors.query.limit': 'The number of results per page must be a whole number between 0 and {max}.',
  'errors.query.depth': 'The depth must be a whole number between 0 and {max}.',
  'errors.query.id': 'The identifier “{id}” is not valid: a positive whole number is expected.',
  'errors.query.input': 'A value of the request does not have the expected format.',
  'errors.text.nul': 'This text contains a NUL character (\\u0000), which is not accepted.',
  'errors.date.number': 'A date is written in ISO format (for example 2026-03-15), not as a number.',
}

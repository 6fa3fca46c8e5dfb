import { ValidationError, type CollectionBeforeOperationHook } from 'payload'
import { translate } from '@atlas/shared/i18n'
import { requestLocale } from '../../../i18n/requestLocale'

/* Which keys of the profile hold a section (object), a list of rows, or a list of choices. */
const SECTIONS = ['identity', 'work', 'expenses', 'objectives', 'riskTolerance', 'capacity', 'sustainability']
const ROW_LISTS = ['income', 'knowledge', 'expenses.commitments', 'objectives.goals']
const CHOICE_LISTS = ['objectives.purposes', 'sustainability.paiTopics']

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function at(data: Record<string, unknown>, path: string): { present: boolean; value: unknown } {
  const [first, second] = path.split('.') as [string, string | undefined]
  if (!second) return { present: first in data, value: data[first] }
  const section = data[first]
  return isPlainObject(section) && second in section ? { present: true, value: section[second] } : { present: false, value: undefined }
}

/** A list sent as null means "no rows": Payload itself only takes an array there. */
function emptyList(data: Record<string, unknown>, path: string): void {
  const [first, second] = path.split('.') as [string, string | undefined]
  if (second) (data[first] as Record<string, unknown>)[second] = []
  else data[first] = []
}

/**
 * Before Payload walks the fields, make sure each section is an object and
 * each list an array of the right things: Payload's own traversal assumes
 * it and would fail with a 500 on `identity: null` or `income: [3]`
 * (a list sent as null is read as an empty list). The
 * answers themselves are checked later by validateAnswers.
 */
export const checkAnswerShapes: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data = (args as { data?: unknown }).data
  if (!isPlainObject(data)) return args
  const wrong: string[] = []
  for (const path of SECTIONS) {
    const { present, value } = at(data, path)
    if (present && !isPlainObject(value)) wrong.push(path)
  }
  for (const path of ROW_LISTS) {
    const { present, value } = at(data, path)
    if (present && value === null) emptyList(data, path)
    else if (present && !(Array.isArray(value) && value.every(isPlainObject))) wrong.push(path)
  }
  for (const path of CHOICE_LISTS) {
    const { present, value } = at(data, path)
    if (present && value === null) emptyList(data, path)
    else if (present && !(Array.isArray(value) && value.every((item) => typeof item === 'string'))) wrong.push(path)
  }
  if (wrong.length > 0) {
    const message = translate(requestLocale(req), 'errors.questionnaire.section')
    throw new ValidationError({ collection: 'profiles', errors: wrong.map((path) => ({ path, message })) })
  }
  return args
}

import { z } from '../../schemas/zod'

/*
 * Building blocks of the step schemas. Every message is an i18n key; an
 * answer that is missing says "required", a wrong one says what is expected.
 */

type Issue = { input?: unknown }
/** "required" when nothing was given, `key` otherwise. */
export const message =
  (key: string) =>
  (issue: Issue): string =>
    issue.input === undefined || issue.input === null || issue.input === '' ? 'errors.required' : key

export const choice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: message('errors.questionnaire.choice') })

export const yesNo = () => z.boolean({ error: message('errors.questionnaire.yesNo') })

/** A whole number within [min, max], refused with `key`. */
export const wholeNumber = (min: number, max: number, key: string) =>
  z
    .number({ error: message(key) })
    .int({ error: key })
    .min(min, { error: key })
    .max(max, { error: key })

/** Money in integer euro cents, 0 to 1 billion euros. */
export const cents = () => wholeNumber(0, 100_000_000_000, 'errors.questionnaire.amount')

export const percent = () => wholeNumber(0, 100, 'errors.questionnaire.percent')

export const freeText = (max: number) =>
  z
    .string({ error: message('errors.questionnaire.text') })
    .trim()
    .min(1, { error: 'errors.required' })
    .max(max, { error: 'errors.questionnaire.text' })

/** A calendar day, YYYY-MM-DD, from 1900 to 2150. */
export const isoDay = () =>
  z
    .string({ error: message('errors.questionnaire.date') })
    .regex(/^(19|20|21)\d\d-\d\d-\d\d$/, { error: 'errors.questionnaire.date' })
    .pipe(z.iso.date({ error: 'errors.questionnaire.date' }))

/** An ISO 3166-1 alpha-2 country code, upper case. */
export const country = () =>
  z
    .string({ error: message('errors.questionnaire.country') })
    .regex(/^[A-Z]{2}$/, { error: 'errors.questionnaire.country' })

export const MAX_ROWS = 20

/** A list of rows, at most MAX_ROWS. */
export const rows = <T extends z.ZodType>(row: T) =>
  z.array(row, { error: 'errors.questionnaire.rows' }).max(MAX_ROWS, { error: 'errors.questionnaire.rows' })

/** An empty text or an empty choice list is an answer not given yet. */
const notGiven = (value: unknown) => (value === '' || (Array.isArray(value) && value.length === 0) ? null : value)

/** The same object with every answer optional (null, empty or absent): a draft. */
export function draftOf<S extends z.ZodRawShape>(shape: S) {
  const loose = Object.fromEntries(
    Object.entries(shape).map(([key, schema]) => [key, z.preprocess(notGiven, (schema as z.ZodType).nullish())]),
  ) as unknown as { [K in keyof S]: z.ZodOptional<z.ZodNullable<S[K]>> }
  return z.object(loose, { error: 'errors.questionnaire.section' })
}

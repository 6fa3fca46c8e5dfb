import type { Field } from 'payload'
import { date } from 'payload/shared'
import { translate } from '@atlas/shared/i18n'
import { requestLocale } from '../i18n/requestLocale'

/*
 * Payload's date validator takes anything `new Date()` reads, numbers
 * included: `openedAt: 0` was stored as 1 January 1970. A date is an ISO text
 * (or a Date from our own code), never a number — for every date field of
 * every collection, before the field's own rule.
 */
export const strictDates = (field: Field): Field => {
  if (field.type !== 'date') return field
  const own = (field.validate ?? date) as (value: unknown, options: never) => ReturnType<typeof date>
  const validate = (value: unknown, options: { req: Parameters<typeof requestLocale>[0] }) =>
    typeof value === 'number' || typeof value === 'boolean'
      ? translate(requestLocale(options.req), 'errors.date.number')
      : own(value, options as never)
  return { ...field, validate } as Field
}

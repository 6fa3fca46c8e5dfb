import { translate, type Locale } from '@atlas/shared/i18n'

/** A 4xx with a translated message and a stable code web can branch on. */
export const refusal = (locale: Locale, status: number, code: string, key: string) =>
  Response.json({ errors: [{ message: translate(locale, key), code }] }, { status })

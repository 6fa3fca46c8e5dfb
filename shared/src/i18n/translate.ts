import { DEFAULT_LOCALE, isLocale, type Locale } from './locales'
import { en } from './messages.en'
import { fr, type MessageKey, type Messages } from './messages.fr'

const catalogs: Record<Locale, Messages> = { fr, en }

export type MessageParams = Record<string, string | number>

export const isMessageKey = (value: unknown): value is MessageKey =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(fr, value)

const interpolate = (text: string, params?: MessageParams): string =>
  params
    ? text.replace(/\{(\w+)\}/g, (whole, name: string) =>
        Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
      )
    : text

/**
 * The message for `key` in `locale`, with `{name}` placeholders filled from
 * `params`. Falls back to French when the locale is unknown, and returns the
 * key itself when no catalogue has it (a visible, searchable mistake rather
 * than an empty string). Accepts any string so a zod issue message — which is
 * a key — can be passed straight through.
 */
export function translate(
  locale: Locale | string,
  key: MessageKey | (string & {}),
  params?: MessageParams,
): string {
  if (!isMessageKey(key)) return key
  const catalog = catalogs[isLocale(locale) ? locale : DEFAULT_LOCALE]
  return interpolate(catalog[key] ?? fr[key], params)
}

import type { Locale } from '../i18n/locales'

const INTL_LOCALE: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' }

/**
 * An instant as a date and time in Paris, to the second: `"4 décembre 2026 à
 * 22:18:06"` / `"4 December 2026 at 22:18:06"` — what evidence (a signature's
 * time) is read in. 2026-12-04T21:18:06Z is 22:18:06 in Paris (UTC+1).
 */
export function formatDateTimeParis(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: 'Europe/Paris', dateStyle: 'long', timeStyle: 'medium' }).format(date)
}

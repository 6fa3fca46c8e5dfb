import type { Locale } from '@atlas/shared/i18n'

/** A time of day in Europe/Paris as people write it: "14 h 05" in French, "14:05" in English. */
export function parisTime(at: Date, locale: Locale): string {
  const parts = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at)
  const hour = parts.find((p) => p.type === 'hour')?.value ?? '00'
  const minute = parts.find((p) => p.type === 'minute')?.value ?? '00'
  return locale === 'fr' ? `${Number(hour)} h ${minute}` : `${hour}:${minute}`
}

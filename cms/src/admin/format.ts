import type { Locale } from '@atlas/shared/i18n'

/** Euros from integer cents, no decimals (figures, not invoices). */
export const euros = (locale: Locale, cents: number) =>
  new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(
    cents / 100,
  )

/** A date as people in Paris read it. */
export const parisDate = (locale: Locale, iso: string, withTime = false) =>
  new Date(iso).toLocaleString(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    timeZone: 'Europe/Paris',
    dateStyle: 'medium',
    ...(withTime ? { timeStyle: 'short' } : {}),
  })

export const adminLocale = (language: string | undefined): Locale => (language === 'en' ? 'en' : 'fr')

import type { PayloadRequest } from 'payload'
import type { Locale } from '@atlas/shared/i18n'

/** The language to answer in: the user's own, else the admin's i18n, else French. */
export const requestLocale = (req: Pick<PayloadRequest, 'user' | 'i18n'>): Locale => {
  const fromUser = (req.user as { locale?: unknown } | null)?.locale
  if (fromUser === 'en' || fromUser === 'fr') return fromUser
  return req.i18n?.language === 'en' ? 'en' : 'fr'
}

import { DEFAULT_LOCALE, isLocale, type Locale } from '@atlas/shared/i18n'
import { localeFromAcceptLanguage } from '@atlas/shared/i18n/acceptLanguage'
import { getSession } from './session.server'

export { localeFromAcceptLanguage }

/** The reader's language: chosen in the session, else `?lang=`, else the browser's, else French. */
export function pickLocale(sources: {
  sessionLocale?: unknown
  queryLang?: unknown
  acceptLanguage?: string | null
}): Locale {
  if (isLocale(sources.sessionLocale)) return sources.sessionLocale
  if (isLocale(sources.queryLang)) return sources.queryLang
  return localeFromAcceptLanguage(sources.acceptLanguage) ?? DEFAULT_LOCALE
}

export async function getLocale(request: Request): Promise<Locale> {
  const session = await getSession(request)
  return pickLocale({
    sessionLocale: session.get('locale'),
    queryLang: new URL(request.url).searchParams.get('lang'),
    acceptLanguage: request.headers.get('Accept-Language'),
  })
}

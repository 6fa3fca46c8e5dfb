import { isLocale, translate, type Locale, type MessageKey } from '@atlas/shared/i18n'

type Match = { id: string; loaderData?: unknown } | undefined

/** The reader's language, as the root loader decided it. */
export function localeOfMatches(matches: readonly Match[]): Locale {
  const root = matches.find((match) => match?.id === 'root')?.loaderData as { locale?: unknown } | undefined
  return isLocale(root?.locale) ? root.locale : 'fr'
}

/** `<title>` and description for a page whose name is `titleKey`. */
export function pageMeta(matches: readonly Match[], titleKey: MessageKey) {
  const locale = localeOfMatches(matches)
  return [
    { title: translate(locale, 'meta.title', { page: translate(locale, titleKey) }) },
    { name: 'description', content: translate(locale, 'meta.description') },
  ]
}

import { translate, type MessageKey } from '@atlas/shared/i18n'
import { localeOfMatches } from './pageMeta'

type Match = { id: string; loaderData?: unknown } | undefined

/** `<title>`, description and canonical link of a legal page, in the reader's language. */
export function legalMeta(
  { matches, data }: { matches: readonly Match[]; data?: { canonical: string } },
  titleKey: MessageKey,
  descriptionKey: MessageKey,
) {
  const locale = localeOfMatches(matches)
  return [
    { title: translate(locale, 'meta.title', { page: translate(locale, titleKey) }) },
    { name: 'description', content: translate(locale, descriptionKey) },
    ...(data ? [{ tagName: 'link', rel: 'canonical', href: data.canonical }] : []),
  ]
}

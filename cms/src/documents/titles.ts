import type { DocumentKind } from '@atlas/shared/documents'
import { translate, type Locale } from '@atlas/shared/i18n'

/** "Bilan patrimonial — version 2" in `locale` (the row's own title is the French one, set at request time). */
export const localizedTitle = (locale: Locale, kind: DocumentKind, version: number) =>
  translate(locale, 'documents.title', { kind: translate(locale, `documents.kind.${kind}`), version })

import { useCallback } from 'react'
import { useRouteLoaderData } from 'react-router'
import { translate, type Locale, type MessageKey, type MessageParams } from '@atlas/shared/i18n'
import type { loader as rootLoader } from '../root'

/** The reader's language, as the root loader decided it (French when unknown). */
export function useLocale(): Locale {
  return useRouteLoaderData<typeof rootLoader>('root')?.locale ?? 'fr'
}

export type Translate = (key: MessageKey | (string & {}), params?: MessageParams) => string

/**
 * `t(key, params)` in the reader's language. A string that is not a key (a
 * message the cms already worded) comes back unchanged.
 */
export function useT(): Translate {
  const locale = useLocale()
  return useCallback<Translate>((key, params) => translate(locale, key, params), [locale])
}

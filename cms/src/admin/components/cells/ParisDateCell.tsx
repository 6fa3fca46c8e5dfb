'use client'
import type { DefaultCellComponentProps } from 'payload'
import { useTranslation } from '@payloadcms/ui'
import { adminLocale } from '../../format'

/** A date in the admin's lists as read in Paris: "28 novembre 2026, 08:27", whatever the browser's timezone. */
export function ParisDateCell({ cellData }: DefaultCellComponentProps) {
  const { i18n } = useTranslation()
  if (typeof cellData !== 'string' || !cellData) return <span />
  const locale = adminLocale(i18n.language) === 'fr' ? 'fr-FR' : 'en-GB'
  const text = new Date(cellData).toLocaleString(locale, { timeZone: 'Europe/Paris', dateStyle: 'long', timeStyle: 'short' })
  return <time dateTime={cellData}>{text.replace(' à ', ', ')}</time>
}

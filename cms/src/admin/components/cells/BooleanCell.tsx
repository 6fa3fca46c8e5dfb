'use client'
import type { DefaultCellComponentProps } from 'payload'
import { useTranslation } from '@payloadcms/ui'
import { adminLocale } from '../../format'

/** A checkbox in the admin's lists: "Oui" / "Non" (en: "Yes" / "No"), never "true". */
export function BooleanCell({ cellData }: DefaultCellComponentProps) {
  const { i18n } = useTranslation()
  const fr = adminLocale(i18n.language) === 'fr'
  return <span>{cellData ? (fr ? 'Oui' : 'Yes') : fr ? 'Non' : 'No'}</span>
}

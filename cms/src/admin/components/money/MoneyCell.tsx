'use client'
import type { DefaultCellComponentProps } from 'payload'
import { useTranslation } from '@payloadcms/ui'
import { moneyInputText } from '@atlas/shared/finance'
import { adminLocale } from '../../format'

/** A money field in the admin's lists: "250 000,00 €", never the cents. */
export function MoneyCell({ cellData }: DefaultCellComponentProps) {
  const { i18n } = useTranslation()
  return <span className="money-cell">{moneyInputText(cellData, adminLocale(i18n.language))}</span>
}

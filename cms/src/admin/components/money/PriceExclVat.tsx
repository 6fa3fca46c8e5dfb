'use client'
import { useFormFields, useTranslation } from '@payloadcms/ui'
import { fromInclVat } from '@atlas/shared/billing/vat'
import { adminLocale } from '../../format'

const LABELS: Record<string, { fr: string; en: string }> = {
  monthlyPriceCents: { fr: 'Prix mensuel HT', en: 'Monthly price excl. VAT' },
  yearlyPriceCents: { fr: 'Prix annuel HT', en: 'Yearly price excl. VAT' },
}

/** Next to a plan's TTC price: the same price HT at the plan's VAT rate (read only, computed as the editor types). */
export const PriceExclVat = ({ source }: { source: string }) => {
  const { i18n } = useTranslation()
  const locale = adminLocale(i18n.language)
  const cents = useFormFields(([fields]) => fields[source]?.value)
  const rate = useFormFields(([fields]) => fields.vatRateBps?.value)
  const bps = typeof rate === 'number' && Number.isSafeInteger(rate) && rate >= 0 && rate <= 10_000 ? rate : 2000
  const amount =
    typeof cents === 'number' && Number.isSafeInteger(cents) && cents >= 0
      ? new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { style: 'currency', currency: 'EUR' }).format(fromInclVat(cents, bps).htCents / 100)
      : '—'
  const label = LABELS[source]?.[locale] ?? source
  return (
    <div className="field-type" data-testid={`excl-vat-${source}`}>
      <span className="field-label">{label}</span>
      <div>
        {amount} <small>({locale === 'fr' ? `TVA ${bps / 100} %` : `VAT ${bps / 100}%`})</small>
      </div>
    </div>
  )
}

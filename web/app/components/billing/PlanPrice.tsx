import { formatPrice } from '@atlas/shared/finance/money'
import type { BillingInterval } from '@atlas/shared/billing/planPrice'
import { useLocale, useT } from '../../lib/translation'

/** "29 € TTC / mois", then "soit 24,17 € HT (TVA 20 %)" and the trial, when there is one. */
export function PlanPrice({ priceCents, exclVatCents, vatRateBps, interval, trialDays }: {
  priceCents: number
  exclVatCents: number
  vatRateBps: number
  interval: BillingInterval
  trialDays: number
}) {
  const t = useT()
  const locale = useLocale()
  const rate = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 2 }).format(vatRateBps / 100)
  return (
    <div className="billing-price">
      <p className="billing-price-main" data-testid="price-incl-vat">
        {t(interval === 'month' ? 'billing.price.month' : 'billing.price.year', { price: formatPrice(priceCents, locale) })}
      </p>
      <p className="billing-price-excl muted" data-testid="price-excl-vat">
        {t('billing.price.exclVat', { price: formatPrice(exclVatCents, locale), rate })}
      </p>
      {trialDays > 0 ? <p className="billing-trial" data-testid="trial">{t('billing.trial', { days: trialDays })}</p> : null}
    </div>
  )
}

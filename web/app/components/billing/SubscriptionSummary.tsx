import { formatDateParis } from '@atlas/shared/finance/dates'
import { formatPrice } from '@atlas/shared/finance/money'
import type { SubscriptionView } from '../../lib/billing.server'
import { useLocale, useT } from '../../lib/translation'

/** Plan, status in words, next payment (amount and Paris date), trial end, "Résiliation le …". */
export function SubscriptionSummary({ subscription }: { subscription: SubscriptionView }) {
  const t = useT()
  const locale = useLocale()
  const date = (iso: string | null) => (iso ? formatDateParis(new Date(iso), locale) : '')
  const ending = subscription.cancelAtPeriodEnd || subscription.status === 'canceled'
  const trialing = subscription.trialEndsAt && new Date(subscription.trialEndsAt).getTime() > Date.now()
  return (
    <dl className="billing-facts" data-testid="subscription" data-status={subscription.status}>
      <div>
        <dt>{t('billing.mine.plan')}</dt>
        <dd data-testid="subscription-plan">{subscription.planName} · {t(`billing.interval.${subscription.interval}`)}</dd>
      </div>
      <div>
        <dt>{t('billing.mine.status')}</dt>
        <dd data-testid="subscription-status">{t(`billing.status.${subscription.status}`)}</dd>
      </div>
      {trialing ? (
        <div>
          <dt>{t('billing.status.trialing')}</dt>
          <dd data-testid="trial-ends">{t('billing.mine.trialEnds', { date: date(subscription.trialEndsAt) })}</dd>
        </div>
      ) : null}
      {ending && subscription.currentPeriodEnd ? (
        <div>
          <dt>{t('billing.mine.endsOn')}</dt>
          <dd data-testid="cancels-on">{t('billing.mine.cancelsOn', { date: date(subscription.currentPeriodEnd) })}</dd>
        </div>
      ) : subscription.currentPeriodEnd ? (
        <div>
          <dt>{t('billing.mine.nextPayment')}</dt>
          <dd data-testid="next-payment">
            {t('billing.mine.nextPaymentValue', { amount: formatPrice(subscription.amountCents, locale), date: date(subscription.currentPeriodEnd) })}
          </dd>
        </div>
      ) : null}
    </dl>
  )
}

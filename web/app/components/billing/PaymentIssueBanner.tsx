import { Form } from 'react-router'
import { useT } from '../../lib/translation'

/**
 * On every portal page while the last payment has failed. The link is the
 * "Gérer mon abonnement" form of /portail/abonnement (Stripe's portal, or
 * the demo one), where the card is updated.
 */
export function PaymentIssueBanner() {
  const t = useT()
  return (
    <div className="alert alert-error billing-banner" role="alert" data-testid="payment-issue-banner">
      <Form method="post" action="/portail/abonnement">
        {t('billing.banner.paymentFailed')}{' '}
        <button type="submit" className="link-button" data-testid="payment-issue-update">{t('billing.banner.update')}</button>
      </Form>
    </div>
  )
}

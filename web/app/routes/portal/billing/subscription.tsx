import { data, Form, Link, redirect } from 'react-router'
import { formatPrice } from '@atlas/shared/finance/money'
import type { Route } from './+types/subscription'
import { FormAlert } from '../../../components/FormAlert'
import { InvoiceList } from '../../../components/billing/InvoiceList'
import { SubscriptionSummary } from '../../../components/billing/SubscriptionSummary'
import { Button, ButtonLink } from '../../../components/ui/Button'
import { billingOverview, portalUrl, refusalMessage } from '../../../lib/billing.server'
import { getLocale } from '../../../lib/i18n.server'
import { paidPlans } from '../../../lib/planChoice.server'
import { pageMeta } from '../../../lib/pageMeta'
import { requireUser } from '../../../lib/session.server'
import { useLocale, useT } from '../../../lib/translation'

export const meta: Route.MetaFunction = ({ matches }) => pageMeta(matches, 'billing.mine.title')

/** /portail/abonnement — "Mon abonnement": what the cms says of the reader's subscription and invoices. */
export async function loader({ request }: Route.LoaderArgs) {
  const { token, headers } = await requireUser(request)
  const overview = await billingOverview(token, await getLocale(request))
  if (!overview.ok) {
    if (overview.status === 401) throw redirect('/connexion?redirectTo=%2Fportail%2Fabonnement')
    throw data({ reason: 'cms-unavailable' }, { status: 503 })
  }
  // Without a subscription, the paid plans to choose from (a short list; the full table is /tarifs).
  const plans = overview.data.subscription ? [] : await paidPlans()
  const offers = plans === 'unavailable' ? [] : plans.map((plan) => ({ id: plan.id, name: plan.name, monthlyCents: plan.monthlyPriceCents }))
  return data({ ...overview.data, offers }, { headers })
}

/** "Gérer mon abonnement": the cms opens Stripe's Customer Portal (or names the demo portal) and web sends the browser there. */
export async function action({ request }: Route.ActionArgs) {
  const { token, headers } = await requireUser(request)
  const portal = await portalUrl(token, await getLocale(request))
  if (portal.ok && portal.data?.url) throw redirect(portal.data.url, { headers })
  if (portal.kind === 'unavailable' || portal.ok) return data({ formError: 'billing.error.unavailable' }, { status: 503 })
  return data({ formError: refusalMessage(portal, 'billing.error.unavailable') }, { status: portal.status })
}

export default function MySubscription({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const { subscription, invoices, offers } = loaderData
  return (
    <div className="billing-page">
      <header>
        <h1>{t('billing.mine.title')}</h1>
        <p className="muted">{t('billing.mine.lead')}</p>
      </header>
      {actionData?.formError ? <FormAlert testId="form-error">{t(actionData.formError)}</FormAlert> : null}
      {subscription ? (
        <section className="card billing-card">
          <SubscriptionSummary subscription={subscription} />
          <Form method="post">
            <Button type="submit" data-testid="manage-subscription">{t('billing.mine.manage')}</Button>
          </Form>
        </section>
      ) : (
        <section className="card billing-card" data-testid="no-subscription">
          <p>{t('billing.mine.none')}</p>
          {offers.length > 0 ? (
            <ul className="billing-offers">
              {offers.map((offer) => (
                <li key={offer.id}>
                  <Link to={`/abonnement/choisir?offre=${offer.id}&periode=mois`} data-testid="offer-link">{offer.name}</Link>
                  {' — '}
                  {t('billing.price.month', { price: formatPrice(offer.monthlyCents, locale) })}
                </li>
              ))}
            </ul>
          ) : null}
          <ButtonLink to="/tarifs" testId="see-offers">{t('billing.mine.offers')}</ButtonLink>
        </section>
      )}
      <section className="card billing-card" aria-labelledby="invoices-title">
        <h2 id="invoices-title">{t('billing.invoices.title')}</h2>
        <InvoiceList invoices={invoices} />
      </section>
    </div>
  )
}

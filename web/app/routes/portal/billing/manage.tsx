import { data, Form, Link, redirect } from 'react-router'
import { formatDateParis } from '@atlas/shared/finance/dates'
import { formatPrice } from '@atlas/shared/finance/money'
import { INTERVAL_WORDS, intervalFromWord, planPriceFor } from '@atlas/shared/billing/planPrice'
import type { Route } from './+types/manage'
import { FormAlert } from '../../../components/FormAlert'
import { SubscriptionSummary } from '../../../components/billing/SubscriptionSummary'
import { Button, ButtonLink } from '../../../components/ui/Button'
import { billingOverview, demoPortal, isDemoPortalAction, refusalMessage } from '../../../lib/billing.server'
import { formText } from '../../../lib/forms'
import { getLocale } from '../../../lib/i18n.server'
import { pageMeta } from '../../../lib/pageMeta'
import { paidPlans } from '../../../lib/planChoice.server'
import { requireUser } from '../../../lib/session.server'
import { useLocale, useT } from '../../../lib/translation'

export const meta: Route.MetaFunction = ({ matches }) => pageMeta(matches, 'billing.manage.title')

/**
 * /portail/abonnement/gerer — the demo stand-in for Stripe's Customer
 * Portal (the cms names it as the portal when Stripe is not configured).
 * Each button asks the cms, which runs signed Stripe-shaped events through
 * the same webhook handler as production.
 */
export async function loader({ request }: Route.LoaderArgs) {
  const { token, headers } = await requireUser(request)
  const [overview, plans] = await Promise.all([billingOverview(token, await getLocale(request)), paidPlans()])
  if (!overview.ok || plans === 'unavailable') {
    if (!overview.ok && overview.status === 401) throw redirect('/connexion?redirectTo=%2Fportail%2Fabonnement%2Fgerer')
    throw data({ reason: 'cms-unavailable' }, { status: 503 })
  }
  const done = new URL(request.url).searchParams.get('fait') ?? ''
  const choices = plans.flatMap((plan) =>
    (['month', 'year'] as const).flatMap((interval) => {
      const cents = planPriceFor(plan, interval)
      return cents === null ? [] : [{ value: `${plan.id}:${INTERVAL_WORDS[interval]}`, planName: plan.name, interval, cents }]
    }),
  )
  return data({ subscription: overview.data.subscription, choices, done: isDemoPortalAction(done) ? done : null }, { headers })
}

export async function action({ request }: Route.ActionArgs) {
  const { token, headers } = await requireUser(request)
  const locale = await getLocale(request)
  const form = await request.formData()
  const intent = formText(form, 'intent')
  if (!isDemoPortalAction(intent)) return data({ formError: 'billing.error.badChoice' }, { status: 400 })
  let body: Parameters<typeof demoPortal>[2] = { action: intent }
  if (intent === 'change-plan') {
    const [planId = '', word] = formText(form, 'choice').split(':')
    const interval = intervalFromWord(word)
    if (!/^\d{1,12}$/.test(planId) || !interval) return data({ formError: 'billing.error.badChoice' }, { status: 400 })
    body = { action: intent, planId: Number(planId), interval }
  }
  const done = await demoPortal(token, locale, body)
  if (done.kind === 'unavailable') return data({ formError: 'billing.error.unavailable' }, { status: 503 })
  if (!done.ok) return data({ formError: refusalMessage(done, 'billing.error.badChoice') }, { status: done.status })
  throw redirect(`/portail/abonnement/gerer?fait=${intent}`, { headers })
}

export default function ManageSubscription({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const { subscription, choices, done } = loaderData
  const periodEnd = subscription?.currentPeriodEnd ? formatDateParis(new Date(subscription.currentPeriodEnd), locale) : ''
  return (
    <div className="billing-page">
      <header>
        <p className="billing-demo-label" data-testid="demo-label">{t('billing.manage.demoLabel')}</p>
        <h1>{t('billing.manage.title')}</h1>
        <p className="muted">{t('billing.manage.lead')}</p>
      </header>
      {actionData?.formError ? <FormAlert testId="form-error">{t(actionData.formError)}</FormAlert> : null}
      {done && !actionData ? <FormAlert tone="success" testId="portal-done">{t(`billing.manage.done.${done}`)}</FormAlert> : null}
      {!subscription ? (
        <section className="card billing-card" data-testid="no-subscription">
          <p>{t('billing.mine.none')}</p>
          <ButtonLink to="/tarifs">{t('billing.mine.offers')}</ButtonLink>
        </section>
      ) : (
        <>
          <section className="card billing-card">
            <SubscriptionSummary subscription={subscription} />
          </section>
          <section className="card billing-card" aria-labelledby="portal-change">
            <h2 id="portal-change">{t('billing.manage.change')}</h2>
            <Form method="post" className="billing-inline-form">
              <label htmlFor="portal-choice" className="visually-hidden">{t('billing.manage.change')}</label>
              <select
                id="portal-choice"
                name="choice"
                className="input"
                data-testid="portal-choice"
                defaultValue={`${subscription.planId}:${INTERVAL_WORDS[subscription.interval]}`}
              >
                {choices.map((choice) => (
                  <option key={choice.value} value={choice.value}>
                    {choice.planName} — {t(choice.interval === 'month' ? 'billing.price.month' : 'billing.price.year', { price: formatPrice(choice.cents, locale) })}
                  </option>
                ))}
              </select>
              <Button type="submit" name="intent" value="change-plan" variant="secondary" data-testid="portal-change-plan">{t('billing.manage.changeSubmit')}</Button>
            </Form>
          </section>
          <section className="card billing-card" aria-labelledby="portal-card">
            <h2 id="portal-card">{t('billing.manage.card')}</h2>
            <p className="muted">{t('billing.manage.cardHint')}</p>
            <Form method="post">
              <Button type="submit" name="intent" value="update-card" variant="secondary" data-testid="portal-update-card">{t('billing.manage.cardSubmit')}</Button>
            </Form>
          </section>
          <section className="card billing-card" aria-labelledby="portal-cancel">
            <h2 id="portal-cancel">{t('billing.manage.cancel')}</h2>
            {subscription.cancelAtPeriodEnd ? (
              <>
                <p data-testid="cancel-scheduled">{t('billing.manage.resume', { date: periodEnd })}</p>
                <Form method="post">
                  <Button type="submit" name="intent" value="resume" data-testid="portal-resume">{t('billing.manage.resumeSubmit')}</Button>
                </Form>
              </>
            ) : (
              <>
                <p>{t('billing.manage.cancelHint', { date: periodEnd })}</p>
                <Form method="post">
                  <Button type="submit" name="intent" value="cancel" variant="danger" data-testid="portal-cancel">{t('billing.manage.cancelSubmit')}</Button>
                </Form>
              </>
            )}
          </section>
          <section className="card billing-card billing-simulations" aria-labelledby="portal-simulate">
            <h2 id="portal-simulate">{t('billing.manage.simulate')}</h2>
            <p className="muted">{t('billing.manage.simulateHint')}</p>
            <Form method="post" className="billing-inline-form">
              <Button type="submit" name="intent" value="renew-paid" variant="secondary" data-testid="portal-renew-paid">{t('billing.manage.renewPaid')}</Button>
              <Button type="submit" name="intent" value="renew-failed" variant="secondary" data-testid="portal-renew-failed">{t('billing.manage.renewFailed')}</Button>
            </Form>
          </section>
        </>
      )}
      <p><Link to="/portail/abonnement">{t('billing.manage.back')}</Link></p>
    </div>
  )
}

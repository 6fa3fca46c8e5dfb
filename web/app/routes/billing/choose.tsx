import { data, Form, Link, redirect } from 'react-router'
import { isStaff } from '@atlas/shared'
import { INTERVAL_WORDS, intervalFromWord } from '@atlas/shared/billing/planPrice'
import type { Route } from './+types/choose'
import { FormAlert } from '../../components/FormAlert'
import { SubmitButton } from '../../components/SubmitButton'
import { PlanPrice } from '../../components/billing/PlanPrice'
import { ButtonLink } from '../../components/ui/Button'
import { refusalMessage, startCheckout } from '../../lib/billing.server'
import { formText } from '../../lib/forms'
import { getLocale } from '../../lib/i18n.server'
import { pageMeta } from '../../lib/pageMeta'
import { choiceFromUrl, planOffer, publishedPlan } from '../../lib/planChoice.server'
import { getOptionalUser, requireUser } from '../../lib/session.server'
import { useT } from '../../lib/translation'

export const meta: Route.MetaFunction = ({ matches }) => pageMeta(matches, 'billing.demo.title')

const here = (planId: string, interval: 'month' | 'year') => `/abonnement/choisir?offre=${planId}&periode=${INTERVAL_WORDS[interval]}`

/**
 * /abonnement/choisir?offre=<planId>&periode=mois|an — the plan chosen on
 * /tarifs, its price TTC and HT and its trial; a visitor is sent to sign up
 * or log in and comes back here; an investor pays.
 */
export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url)
  const { planId, interval } = choiceFromUrl(url)
  const [plan, signedIn] = await Promise.all([planId ? publishedPlan(planId) : null, getOptionalUser(request)])
  if (plan === 'unavailable') throw data({ reason: 'cms-unavailable' }, { status: 503 })
  const headers = signedIn?.headers ?? new Headers()
  if (!plan || !planId) return data({ state: 'notFound' as const }, { status: 404, headers })
  const offer = planOffer(plan, interval)
  // Monthly is always there for a paid plan; a yearly link to a plan without one shows the monthly price, and says so.
  const fallback = offer ? null : planOffer(plan, 'month')
  if (!offer && !fallback) return data({ state: 'free' as const, name: plan.name }, { headers })
  const returnTo = here(planId, offer ? interval : 'month')
  return data(
    {
      state: 'offer' as const,
      offer: (offer ?? fallback)!,
      interval: offer ? interval : ('month' as const),
      noYearly: !offer,
      returnTo,
      signedIn: Boolean(signedIn),
      staff: signedIn ? isStaff(signedIn.user.role) : false,
    },
    { headers },
  )
}

/** "Payer": the cms opens a checkout (Stripe, or the demo page) and web sends the browser there. */
export async function action({ request }: Route.ActionArgs) {
  const { token, headers } = await requireUser(request)
  const locale = await getLocale(request)
  const form = await request.formData()
  const planId = formText(form, 'planId')
  const interval = intervalFromWord(formText(form, 'periode'))
  if (!/^\d{1,12}$/.test(planId) || !interval) return data({ formError: 'billing.error.badChoice', subscribed: false }, { status: 400 })
  const started = await startCheckout(token, locale, { planId, interval })
  if (started.ok && started.data?.url) throw redirect(started.data.url, { headers })
  if (started.kind === 'unavailable' || started.ok) return data({ formError: 'billing.choose.unavailable', subscribed: false }, { status: 503 })
  if (started.status === 401) throw redirect(`/connexion?redirectTo=${encodeURIComponent(here(planId, interval))}`)
  if (started.status === 409) return data({ formError: 'billing.choose.alreadySubscribed', subscribed: true }, { status: 409 })
  if (started.status === 403) return data({ formError: refusalMessage(started, 'billing.choose.staff'), subscribed: false }, { status: 403 })
  return data({ formError: refusalMessage(started, 'billing.error.badChoice'), subscribed: false }, { status: 400 })
}

export default function ChoosePlan({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  if (loaderData.state === 'notFound') {
    return (
      <div data-testid="plan-not-found">
        <h1>{t('billing.choose.notFound')}</h1>
        <p><ButtonLink to="/tarifs">{t('billing.seeOffers')}</ButtonLink></p>
      </div>
    )
  }
  if (loaderData.state === 'free') {
    return (
      <div data-testid="plan-free">
        <h1>{loaderData.name}</h1>
        <p className="auth-lead">{t('billing.choose.free')}</p>
        <p><ButtonLink to="/inscription">{t('billing.choose.signup')}</ButtonLink></p>
      </div>
    )
  }
  const { offer, interval, noYearly, returnTo, signedIn, staff } = loaderData
  const back = encodeURIComponent(returnTo)
  return (
    <div className="billing-choice" data-testid="plan-choice" data-plan={offer.name} data-interval={interval}>
      <h1>{t('billing.choose.title', { plan: offer.name })}</h1>
      {offer.tagline ? <p className="auth-lead">{offer.tagline}</p> : <p className="auth-lead">{t('billing.choose.lead')}</p>}
      {actionData?.formError ? (
        <FormAlert testId="form-error">
          {t(actionData.formError)}
          {actionData.subscribed ? <> <Link to="/portail/abonnement">{t('billing.seeSubscription')}</Link></> : null}
        </FormAlert>
      ) : null}
      {offer.yearlyCents ? (
        <nav className="billing-interval" aria-label={t('billing.interval.label')} data-testid="interval-switch">
          {(['month', 'year'] as const).map((choice) => (
            <Link
              key={choice}
              to={`/abonnement/choisir?offre=${offer.id}&periode=${INTERVAL_WORDS[choice]}`}
              className={choice === interval ? 'billing-interval-option is-current' : 'billing-interval-option'}
              aria-current={choice === interval ? 'page' : undefined}
              replace
            >
              {t(`billing.interval.${choice}`)}
            </Link>
          ))}
        </nav>
      ) : null}
      {noYearly ? <p className="muted" data-testid="no-yearly">{t('billing.choose.noYearly')}</p> : null}
      <PlanPrice priceCents={offer.priceCents} exclVatCents={offer.priceExclVatCents} vatRateBps={offer.vatRateBps} interval={interval} trialDays={offer.trialDays} />
      <p className="field-hint">{t('billing.terms')}</p>
      {staff ? (
        <FormAlert testId="staff-refused">{t('billing.choose.staff')}</FormAlert>
      ) : signedIn ? (
        <Form method="post" className="form">
          <input type="hidden" name="planId" value={String(offer.id)} />
          <input type="hidden" name="periode" value={INTERVAL_WORDS[interval]} />
          <SubmitButton>{t('billing.choose.pay')}</SubmitButton>
        </Form>
      ) : (
        <div className="billing-signed-out" data-testid="signed-out">
          <p>{t('billing.choose.signedOut')}</p>
          <ButtonLink to={`/inscription?redirectTo=${back}`} block testId="choose-signup">{t('billing.choose.signup')}</ButtonLink>
          <ButtonLink to={`/connexion?redirectTo=${back}`} variant="secondary" block testId="choose-login">{t('billing.choose.login')}</ButtonLink>
        </div>
      )}
      <p className="auth-switch"><Link to="/tarifs">{t('billing.choose.otherPlan')}</Link></p>
    </div>
  )
}

import { data } from 'react-router'
import type { Route } from './+types/confirmation'
import { FormAlert } from '../../../components/FormAlert'
import { ButtonLink } from '../../../components/ui/Button'
import { checkoutState } from '../../../lib/billing.server'
import { getLocale } from '../../../lib/i18n.server'
import { pageMeta } from '../../../lib/pageMeta'
import { requireUser } from '../../../lib/session.server'
import { useT } from '../../../lib/translation'

/** Seconds between two looks while the payment is being confirmed (Stripe's webhook may take a moment). */
const REFRESH_SECONDS = 2

export const meta: Route.MetaFunction = ({ matches, data: loaded }) => [
  ...pageMeta(matches, 'billing.confirm.title'),
  // Works without JavaScript: the browser asks again until the state is final.
  ...(loaded && 'state' in loaded && loaded.state === 'open' ? [{ httpEquiv: 'refresh', content: String(REFRESH_SECONDS) }] : []),
]

/**
 * /portail/abonnement/confirmation?session=<id> — the state the cms reads
 * (its database, or Stripe), never the query string: the session id only
 * names which checkout to ask about, and the cms checks it is the reader's.
 */
export async function loader({ request }: Route.LoaderArgs) {
  const { token, headers } = await requireUser(request)
  const sessionId = new URL(request.url).searchParams.get('session') ?? ''
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(sessionId)) return data({ state: 'notFound' as const, planName: '' }, { status: 404, headers })
  const found = await checkoutState(token, sessionId, await getLocale(request))
  if (found.kind === 'unavailable') throw data({ reason: 'cms-unavailable' }, { status: 503 })
  if (!found.ok) return data({ state: 'notFound' as const, planName: '' }, { status: 404, headers })
  const { status, subscription } = found.data
  // "complete" with its subscription not yet written by the webhook is still pending.
  const state = status === 'complete' ? (subscription ? 'complete' : 'open') : status
  return data({ state, planName: subscription?.planName ?? '' }, { headers })
}

export default function CheckoutConfirmation({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const { state, planName } = loaderData
  return (
    <section className="card billing-confirmation" data-testid="checkout-confirmation" data-state={state}>
      {state === 'complete' ? (
        <>
          <h1 data-testid="subscription-active">{t('billing.confirm.active', { plan: planName })}</h1>
          <p>{t('billing.confirm.activeHint')}</p>
          <ButtonLink to="/portail/abonnement" testId="see-subscription">{t('billing.seeSubscription')}</ButtonLink>
        </>
      ) : state === 'open' ? (
        <>
          <h1 data-testid="payment-pending" aria-live="polite">{t('billing.confirm.pending')}</h1>
          <p className="muted">{t('billing.confirm.pendingHint')}</p>
        </>
      ) : (
        <>
          <h1>{t('billing.confirm.title')}</h1>
          <FormAlert testId="checkout-over">{t(state === 'expired' ? 'billing.confirm.expired' : 'billing.confirm.notFound')}</FormAlert>
          <ButtonLink to="/tarifs">{t('billing.seeOffers')}</ButtonLink>
        </>
      )}
    </section>
  )
}

import { data, Form, redirect } from 'react-router'
import { billingAddressSchema } from '@atlas/shared/billing/billingAddress'
import { formatPrice } from '@atlas/shared/finance/money'
import { fieldErrorsFrom } from '@atlas/shared/schemas/fieldErrors'
import type { Route } from './+types/demo-checkout'
import { FormAlert } from '../../components/FormAlert'
import { BillingAddressFields, EMPTY_BILLING_ADDRESS, type BillingAddressValues } from '../../components/billing/BillingAddressFields'
import { Button, ButtonLink } from '../../components/ui/Button'
import { demoCheckout, finishDemoCheckout, refusalMessage } from '../../lib/billing.server'
import { formText } from '../../lib/forms'
import { getLocale } from '../../lib/i18n.server'
import { pageMeta } from '../../lib/pageMeta'
import { requireUser } from '../../lib/session.server'
import { useLocale, useT } from '../../lib/translation'

export const meta: Route.MetaFunction = ({ matches }) => [...pageMeta(matches, 'billing.demo.label'), { name: 'robots', content: 'noindex' }]

const validSession = (id: string) => /^[A-Za-z0-9_-]{1,200}$/.test(id)

/** /paiement-demo/:sessionId — the built-in checkout when Stripe is not configured (the cms says what it is for). */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { token, headers } = await requireUser(request)
  const locale = await getLocale(request)
  if (!validSession(params.sessionId)) return data({ state: 'notFound' as const }, { status: 404, headers })
  const found = await demoCheckout(token, params.sessionId, locale)
  if (found.kind === 'unavailable') throw data({ reason: 'cms-unavailable' }, { status: 503 })
  if (!found.ok) return data({ state: 'notFound' as const }, { status: 404, headers })
  if (found.data.status && found.data.status !== 'open') return data({ state: 'closed' as const, sessionId: params.sessionId }, { headers })
  return data({ state: 'open' as const, checkout: found.data }, { headers })
}

/** The cms's errors at `billingAddress.<field>`, by field name. */
const addressErrorsOf = (fieldErrors: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(fieldErrors).filter(([path]) => path.startsWith('billingAddress.')).map(([path, message]) => [path.slice('billingAddress.'.length), message]))

type ActionAnswer = { formError: string | null; canceled: boolean; values?: BillingAddressValues; fieldErrors?: Record<string, string> }

/**
 * "Payer" (with the billing address, as Stripe Checkout asks it) → the cms completes it (signed events
 * through the webhook handler) → the confirmation page; "Annuler" → nothing created, no address needed.
 */
export async function action({ request, params }: Route.ActionArgs) {
  const { token, headers } = await requireUser(request)
  const locale = await getLocale(request)
  const form = await request.formData()
  const intent = formText(form, 'intent')
  if (!validSession(params.sessionId) || (intent !== 'pay' && intent !== 'cancel')) {
    return data<ActionAnswer>({ formError: 'billing.demo.notFound', canceled: false }, { status: 400 })
  }
  const values: BillingAddressValues = {
    name: formText(form, 'name'),
    line1: formText(form, 'line1'),
    line2: formText(form, 'line2'),
    postalCode: formText(form, 'postalCode'),
    city: formText(form, 'city'),
    country: formText(form, 'country') || 'FR',
  }
  let billingAddress: Record<string, string> | undefined
  if (intent === 'pay') {
    const parsed = billingAddressSchema.safeParse(values)
    if (!parsed.success) return data<ActionAnswer>({ formError: null, canceled: false, values, fieldErrors: fieldErrorsFrom(parsed.error) }, { status: 400 })
    billingAddress = Object.fromEntries(Object.entries(parsed.data).filter(([, value]) => value !== undefined)) as Record<string, string>
  }
  const done = await finishDemoCheckout(token, params.sessionId, intent === 'pay' ? 'complete' : 'cancel', locale, billingAddress)
  if (done.kind === 'unavailable') return data<ActionAnswer>({ formError: 'billing.error.unavailable', canceled: false, values }, { status: 503 })
  if (!done.ok) {
    const fieldErrors = addressErrorsOf(done.fieldErrors)
    if (done.status === 400 && Object.keys(fieldErrors).length > 0) return data<ActionAnswer>({ formError: null, canceled: false, values, fieldErrors }, { status: 400 })
    return data<ActionAnswer>(
      { formError: done.status === 404 ? 'billing.demo.notFound' : refusalMessage(done, 'billing.demo.closed'), canceled: false, values },
      { status: done.status },
    )
  }
  if (intent === 'cancel') return data<ActionAnswer>({ formError: null, canceled: true })
  throw redirect(`/portail/abonnement/confirmation?session=${encodeURIComponent(params.sessionId)}`, { headers })
}

export default function DemoCheckout({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const label = <p className="billing-demo-label" data-testid="demo-label">{t('billing.demo.label')}</p>
  if (actionData?.canceled) {
    return (
      <div data-testid="demo-canceled">
        {label}
        <FormAlert tone="success">{t('billing.demo.canceled')}</FormAlert>
        <p><ButtonLink to="/tarifs">{t('billing.seeOffers')}</ButtonLink></p>
      </div>
    )
  }
  if (loaderData.state !== 'open') {
    return (
      <div data-testid={loaderData.state === 'closed' ? 'demo-closed' : 'demo-not-found'}>
        {label}
        <h1>{t(loaderData.state === 'closed' ? 'billing.demo.closed' : 'billing.demo.notFound')}</h1>
        <p>
          {loaderData.state === 'closed' ? (
            <ButtonLink to={`/portail/abonnement/confirmation?session=${encodeURIComponent(loaderData.sessionId)}`}>{t('billing.seeSubscription')}</ButtonLink>
          ) : (
            <ButtonLink to="/tarifs">{t('billing.seeOffers')}</ButtonLink>
          )}
        </p>
      </div>
    )
  }
  const { checkout } = loaderData
  const amount = formatPrice(checkout.amountCents, locale)
  return (
    <div className="billing-demo" data-testid="demo-checkout">
      {label}
      <h1>{t('billing.demo.title')}</h1>
      <p className="auth-lead">{t('billing.demo.lead')}</p>
      {actionData?.formError ? <FormAlert testId="form-error">{t(actionData.formError)}</FormAlert> : null}
      <dl className="billing-facts">
        <div><dt>{t('billing.demo.plan')}</dt><dd data-testid="demo-plan">{checkout.planName}</dd></div>
        <div><dt>{t('billing.interval.label')}</dt><dd>{t(`billing.interval.${checkout.interval}`)}</dd></div>
        <div>
          <dt>{t('billing.demo.amount')}</dt>
          <dd data-testid="demo-amount">{t(checkout.interval === 'month' ? 'billing.price.month' : 'billing.price.year', { price: amount })}</dd>
        </div>
      </dl>
      {checkout.trialDays > 0 ? <p className="billing-trial" data-testid="trial">{t('billing.trial', { days: checkout.trialDays })}</p> : null}
      <Form method="post" className="billing-actions" noValidate>
        <BillingAddressFields values={actionData?.values ?? EMPTY_BILLING_ADDRESS} errors={actionData?.fieldErrors ?? {}} />
        <Button type="submit" name="intent" value="pay" block data-testid="demo-pay">{t('billing.demo.pay', { amount })}</Button>
        <Button type="submit" name="intent" value="cancel" variant="secondary" block data-testid="demo-cancel">{t('billing.demo.cancel')}</Button>
      </Form>
    </div>
  )
}

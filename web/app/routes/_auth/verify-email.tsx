import { data, Form, Link } from 'react-router'
import { forgotPasswordSchema } from '@atlas/shared/schemas/auth'
import { fieldErrorsFrom } from '@atlas/shared/schemas/fieldErrors'
import type { Route } from './+types/verify-email'
import { FormAlert } from '../../components/FormAlert'
import { Field } from '../../components/Field'
import { SubmitButton } from '../../components/SubmitButton'
import { formText, rejected } from '../../lib/forms'
import { getLocale } from '../../lib/i18n.server'
import { resendVerification, verifyEmail } from '../../lib/identity.server'
import { pageMeta } from '../../lib/pageMeta'
import { safeRedirect } from '../../lib/safeRedirect'
import { returnToOf } from '../../lib/session.server'
import { useT } from '../../lib/translation'
import { visitorHeaders } from '../../lib/clientIp.server'

export const meta: Route.MetaFunction = ({ matches }) => [
  ...pageMeta(matches, 'auth.verify.title'),
  // The URL carries the verification token: never send it to another site as a Referer.
  { name: 'referrer', content: 'no-referrer' },
]

/** /verifier-email?token=… — the link of the verification mail confirms the address. */
export async function loader({ request }: Route.LoaderArgs) {
  const token = new URL(request.url).searchParams.get('token')?.trim() ?? ''
  if (!token) return { outcome: 'invalid' as const, login: '/connexion' }
  const outcome = await verifyEmail(token)
  if (outcome === 'unavailable') throw data({ reason: 'cms-unavailable' }, { status: 503 })
  // A sign-up that started from a page (a plan chosen on /tarifs) logs in back to it.
  const returnTo = safeRedirect(await returnToOf(request), '')
  return { outcome, login: returnTo ? `/connexion?redirectTo=${encodeURIComponent(returnTo)}` : '/connexion' }
}

/** "Renvoyer le lien" (from sign-up, log-in, or this page): the same answer for any address. */
export async function action({ request }: Route.ActionArgs) {
  const formData = await request.formData()
  const values = { email: formText(formData, 'email') }
  const parsed = forgotPasswordSchema.safeParse(values)
  if (!parsed.success) return rejected(values, { fieldErrors: fieldErrorsFrom(parsed.error) })
  const sent = await resendVerification(parsed.data.email, await getLocale(request), visitorHeaders(request))
  if (!sent.ok) return rejected(values, { fieldErrors: {}, formError: 'errors.service.unavailable' }, 503)
  return data({ resent: true as const })
}

export default function VerifyEmail({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  if (actionData && 'resent' in actionData) {
    return (
      <div data-testid="verification-resent">
        <h1>{t('auth.signup.sentTitle')}</h1>
        <FormAlert tone="success">{t('auth.verify.resent')}</FormAlert>
        <p className="auth-switch"><Link to="/connexion">{t('auth.verify.login')}</Link></p>
      </div>
    )
  }
  if (loaderData.outcome === 'done') {
    return (
      <div data-testid="email-verified">
        <h1>{t('auth.verify.title')}</h1>
        <FormAlert tone="success">{t('auth.verify.done')}</FormAlert>
        <p><Link to={loaderData.login} className="button button-primary" data-testid="verified-login">{t('auth.verify.login')}</Link></p>
      </div>
    )
  }
  const errors = actionData?.fieldErrors ?? {}
  return (
    <div data-testid="verification-invalid">
      <h1>{t('auth.verify.title')}</h1>
      {actionData?.formError ? <FormAlert testId="form-error">{t(actionData.formError)}</FormAlert> : null}
      <p className="auth-lead">{t('auth.verify.invalid')}</p>
      <Form method="post" noValidate className="form">
        <Field
          name="email"
          type="email"
          label={t('auth.field.email')}
          autoComplete="email"
          inputMode="email"
          required
          defaultValue={actionData?.values.email}
          error={errors.email && t(errors.email)}
        />
        <SubmitButton>{t('auth.verify.resend')}</SubmitButton>
      </Form>
    </div>
  )
}

import { Form, Link, redirect, useSearchParams } from 'react-router'
import { loginSchema } from '@atlas/shared/schemas/auth'
import { fieldErrorsFrom } from '@atlas/shared/schemas/fieldErrors'
import type { Route } from './+types/login'
import { Field } from '../../components/Field'
import { FormAlert } from '../../components/FormAlert'
import { SubmitButton } from '../../components/SubmitButton'
import { formText, refusalStatus, rejected } from '../../lib/forms'
import { logIn } from '../../lib/identity.server'
import { pageMeta } from '../../lib/pageMeta'
import { safeRedirect } from '../../lib/safeRedirect'
import { createUserSession, getOptionalUser } from '../../lib/session.server'
import { useT } from '../../lib/translation'
import { useRefusalCount } from '../../lib/useRefusalCount'
import { visitorHeaders } from '../../lib/clientIp.server'
import { ResendVerification } from '../../components/ResendVerification'

export const meta: Route.MetaFunction = ({ matches }) => pageMeta(matches, 'auth.login.title')

export async function loader({ request }: Route.LoaderArgs) {
  // Someone already signed in goes straight where they were heading.
  const signedIn = await getOptionalUser(request)
  if (signedIn) {
    const redirectTo = safeRedirect(new URL(request.url).searchParams.get('redirectTo'))
    throw redirect(redirectTo, { headers: signedIn.headers })
  }
  return null
}

export async function action({ request }: Route.ActionArgs) {
  const formData = await request.formData()
  const values = { email: formText(formData, 'email') }
  const redirectTo = safeRedirect(formText(formData, 'redirectTo'))

  const parsed = loginSchema.safeParse({ ...values, password: formText(formData, 'password') })
  if (!parsed.success) return rejected(values, { fieldErrors: fieldErrorsFrom(parsed.error) })

  const result = await logIn(parsed.data, visitorHeaders(request), request.headers.get('user-agent'))
  if (!result.ok) {
    const errors = { fieldErrors: {}, formError: result.formError }
    return rejected(values, errors, refusalStatus(errors))
  }
  return createUserSession(request, {
    token: result.token,
    exp: result.exp,
    locale: result.user?.locale,
    redirectTo,
  })
}

export default function Login({ actionData }: Route.ComponentProps) {
  const t = useT()
  const attempt = useRefusalCount(actionData)
  const [searchParams] = useSearchParams()
  const errors = actionData?.fieldErrors ?? {}
  return (
    <>
      <h1>{t('auth.login.title')}</h1>
      <p className="auth-lead">{t('auth.login.lead')}</p>
      {actionData?.formError ? <FormAlert testId="form-error">{t(actionData.formError)}</FormAlert> : null}
      {actionData?.formError === 'errors.login.unverified' ? <ResendVerification email={actionData.values.email} /> : null}
      <Form method="post" noValidate className="form">
        <input type="hidden" name="redirectTo" value={searchParams.get('redirectTo') ?? ''} />
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
        <Field
          key={`password-${attempt}`}
          name="password"
          type="password"
          label={t('auth.field.password')}
          autoComplete="current-password"
          required
          error={errors.password && t(errors.password)}
        />
        <p className="form-aside"><Link to="/mot-de-passe-oublie">{t('auth.login.forgot')}</Link></p>
        <SubmitButton>{t('auth.login.submit')}</SubmitButton>
      </Form>
      <p className="auth-switch">
        {t('auth.login.noAccount')} <Link to="/inscription">{t('auth.login.signupLink')}</Link>
      </p>
    </>
  )
}

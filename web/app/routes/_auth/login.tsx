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
import { createUserSession, getOptionalUser, heldLogin, holdLogin, releaseHeldLogin } from '../../lib/session.server'
import { cancelSecondFactor, verifySecondFactor } from '../../lib/twoFactor.server'
import { getLocale } from '../../lib/i18n.server'
import { SecondFactorStep } from '../../components/twoFactor/SecondFactorStep'
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
  // After a right password on an account with TOTP: the code step (docs/decisions/024).
  return { secondFactor: Boolean(await heldLogin(request)) }
}

/** The code step's two forms: the code (or a recovery code), or "start again". */
async function secondFactorAction(request: Request, formData: FormData, intent: string) {
  const held = await heldLogin(request)
  const values = { email: '' }
  if (!held) return rejected(values, { fieldErrors: {}, formError: 'errors.twoFactor.noPendingLogin' })
  const locale = await getLocale(request)
  if (intent === 'cancel') {
    await cancelSecondFactor(held.token, locale)
    return releaseHeldLogin(request)
  }
  const verified = await verifySecondFactor(held.token, locale, {
    code: formText(formData, 'code').replace(/\s/g, ''),
    recoveryCode: formText(formData, 'recoveryCode').trim(),
  })
  if (!verified.ok) {
    const errors = { fieldErrors: verified.fieldErrors, formError: verified.formError }
    return rejected({ ...values, secondFactor: true }, errors, verified.formError === 'errors.twoFactor.rateLimited' ? 429 : 400)
  }
  return releaseHeldLogin(request, held)
}

export async function action({ request }: Route.ActionArgs) {
  const formData = await request.formData()
  const intent = formText(formData, 'intent')
  if (intent === 'code' || intent === 'cancel') return secondFactorAction(request, formData, intent)
  const values = { email: formText(formData, 'email') }
  const redirectTo = safeRedirect(formText(formData, 'redirectTo'))

  const parsed = loginSchema.safeParse({ ...values, password: formText(formData, 'password') })
  if (!parsed.success) return rejected(values, { fieldErrors: fieldErrorsFrom(parsed.error) })

  const result = await logIn(parsed.data, visitorHeaders(request), request.headers.get('user-agent'))
  if (!result.ok) {
    const errors = { fieldErrors: {}, formError: result.formError }
    return rejected(values, errors, refusalStatus(errors))
  }
  if (result.secondFactor === 'enrol') {
    // Staff without TOTP enrol in the administration, where they work; the portal is for investors.
    return rejected(values, { fieldErrors: {}, formError: 'errors.twoFactor.enrolmentRequired' })
  }
  if (result.secondFactor === 'verify') {
    return holdLogin(request, { token: result.token, exp: result.exp, locale: result.user?.locale, redirectTo })
  }
  return createUserSession(request, {
    token: result.token,
    exp: result.exp,
    locale: result.user?.locale,
    redirectTo,
  })
}

export default function Login({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const attempt = useRefusalCount(actionData)
  const [searchParams] = useSearchParams()
  const errors = actionData?.fieldErrors ?? {}
  const onCodeStep = (actionData?.values as { secondFactor?: boolean } | undefined)?.secondFactor ?? loaderData?.secondFactor
  if (onCodeStep) return <SecondFactorStep fieldErrors={errors} formError={actionData?.formError} attempt={attempt} />
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

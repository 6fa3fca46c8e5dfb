import { data, Form, Link, redirect } from 'react-router'
import { resetPasswordSchema } from '@atlas/shared/schemas/auth'
import { fieldErrorsFrom } from '@atlas/shared/schemas/fieldErrors'
import type { Route } from './+types/reset-password'
import { NewPasswordFields } from '../../components/NewPasswordFields'
import { FormAlert } from '../../components/FormAlert'
import { SubmitButton } from '../../components/SubmitButton'
import { formText, refusalStatus, rejected } from '../../lib/forms'
import { getLocale } from '../../lib/i18n.server'
import { resetPassword } from '../../lib/identity.server'
import { pageMeta } from '../../lib/pageMeta'
import { createUserSession, holdLogin } from '../../lib/session.server'
import { useT } from '../../lib/translation'
import { useRefusalCount } from '../../lib/useRefusalCount'

export const meta: Route.MetaFunction = ({ matches }) => [
  ...pageMeta(matches, 'auth.reset.title'),
  // The URL carries the reset token: never send it to another site as a Referer.
  { name: 'referrer', content: 'no-referrer' },
]

const FIELDS = ['password', 'passwordConfirm'] as const

export function loader({ request }: Route.LoaderArgs) {
  return { token: new URL(request.url).searchParams.get('token')?.trim() ?? '' }
}

export async function action({ request }: Route.ActionArgs) {
  const formData = await request.formData()
  const locale = await getLocale(request)
  const parsed = resetPasswordSchema.safeParse({
    token: formText(formData, 'token'),
    password: formText(formData, 'password'),
    passwordConfirm: formText(formData, 'passwordConfirm'),
  })
  if (!parsed.success) {
    const fieldErrors = fieldErrorsFrom(parsed.error)
    if (fieldErrors.token) return data({ tokenInvalid: true as const }, { status: 400 })
    return rejected({}, { fieldErrors })
  }

  const result = await resetPassword({ token: parsed.data.token, password: parsed.data.password }, locale, FIELDS)
  if (!result.ok) {
    if ('tokenInvalid' in result) return data({ tokenInvalid: true as const }, { status: 400 })
    const errors = { fieldErrors: result.fieldErrors, formError: result.formError }
    return rejected({}, errors, refusalStatus(errors))
  }
  if (!result.credentials) return redirect('/connexion?redirectTo=%2Fportail')
  // With TOTP on, the new password alone opens nothing: the code step of /connexion comes next (decision 024).
  if (result.credentials.secondFactor === 'verify') {
    return holdLogin(request, { token: result.credentials.token, locale: result.credentials.user?.locale, redirectTo: '/portail' })
  }
  if (result.credentials.secondFactor) return redirect('/connexion')
  return createUserSession(request, {
    token: result.credentials.token,
    locale: result.credentials.user?.locale,
    redirectTo: '/portail',
  })
}

export default function ResetPassword({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const attempt = useRefusalCount(actionData)
  const tokenInvalid = actionData && 'tokenInvalid' in actionData
  if (!loaderData.token || tokenInvalid) {
    return (
      <div data-testid="reset-invalid">
        <h1>{t('auth.reset.invalidTitle')}</h1>
        <FormAlert>{t(tokenInvalid ? 'errors.reset.tokenInvalid' : 'errors.reset.tokenMissing')}</FormAlert>
        <Link to="/mot-de-passe-oublie" className="button button-primary button-block">
          {t('auth.reset.askAgain')}
        </Link>
      </div>
    )
  }
  const errors = (actionData && 'fieldErrors' in actionData && actionData.fieldErrors) || {}
  const formError = actionData && 'formError' in actionData ? actionData.formError : undefined
  return (
    <>
      <h1>{t('auth.reset.title')}</h1>
      <p className="auth-lead">{t('auth.reset.lead')}</p>
      {formError ? <FormAlert testId="form-error">{t(formError)}</FormAlert> : null}
      <Form method="post" noValidate className="form">
        <input type="hidden" name="token" value={loaderData.token} />
        <NewPasswordFields attempt={attempt} errors={errors} labelKey="auth.field.newPassword" />
        <SubmitButton>{t('auth.reset.submit')}</SubmitButton>
      </Form>
    </>
  )
}

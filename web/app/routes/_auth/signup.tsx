import { data, Form, Link, useSearchParams } from 'react-router'
import { signupSchema } from '@atlas/shared/schemas/auth'
import { fieldErrorsFrom } from '@atlas/shared/schemas/fieldErrors'
import type { Route } from './+types/signup'
import { Field } from '../../components/Field'
import { NewPasswordFields } from '../../components/NewPasswordFields'
import { FormAlert } from '../../components/FormAlert'
import { SubmitButton } from '../../components/SubmitButton'
import { formChecked, formText, refusalStatus, rejected } from '../../lib/forms'
import { getLocale } from '../../lib/i18n.server'
import { signUp } from '../../lib/identity.server'
import { pageMeta } from '../../lib/pageMeta'
import { ResendVerification } from '../../components/ResendVerification'
import { useT } from '../../lib/translation'
import { useRefusalCount } from '../../lib/useRefusalCount'
import { visitorHeaders } from '../../lib/clientIp.server'
import { safeRedirect } from '../../lib/safeRedirect'
import { commitReturnTo } from '../../lib/session.server'

export const meta: Route.MetaFunction = ({ matches }) => pageMeta(matches, 'auth.signup.title')

const FIELDS = ['name', 'email', 'password', 'passwordConfirm', 'acceptTerms'] as const

export async function action({ request }: Route.ActionArgs) {
  const formData = await request.formData()
  const values = {
    name: formText(formData, 'name'),
    email: formText(formData, 'email'),
    acceptTerms: formChecked(formData, 'acceptTerms'),
  }
  const parsed = signupSchema.safeParse({
    ...values,
    password: formText(formData, 'password'),
    passwordConfirm: formText(formData, 'passwordConfirm'),
    locale: await getLocale(request),
  })
  if (!parsed.success) return rejected(values, { fieldErrors: fieldErrorsFrom(parsed.error) })

  const { passwordConfirm: _, ...account } = parsed.data
  const created = await signUp(account, FIELDS, visitorHeaders(request))
  if (!created.ok) {
    const errors = { fieldErrors: created.fieldErrors, formError: created.formError }
    return rejected(values, errors, refusalStatus(errors))
  }

  // Whether the address was new or already had an account, the same words: check your mailbox.
  // Started from a page (a plan chosen on /tarifs): the login after the mail's link goes back there.
  const returnTo = safeRedirect(formText(formData, 'redirectTo'), '')
  if (!returnTo) return data({ sentTo: account.email, returnTo: null })
  return data({ sentTo: account.email, returnTo }, { headers: { 'Set-Cookie': await commitReturnTo(request, returnTo) } })
}

export default function Signup({ actionData }: Route.ComponentProps) {
  const t = useT()
  const attempt = useRefusalCount(actionData)
  const [searchParams] = useSearchParams()
  if (actionData && 'sentTo' in actionData) {
    const login = actionData.returnTo ? `/connexion?redirectTo=${encodeURIComponent(actionData.returnTo)}` : '/connexion'
    return (
      <div data-testid="signup-sent">
        <h1>{t('auth.signup.sentTitle')}</h1>
        <FormAlert tone="success">{t('auth.signup.sent')}</FormAlert>
        <ResendVerification email={actionData.sentTo} />
        <p className="auth-switch"><Link to={login}>{t('auth.verify.login')}</Link></p>
      </div>
    )
  }
  const errors = actionData?.fieldErrors ?? {}
  const termsError = errors.acceptTerms && t(errors.acceptTerms)
  return (
    <>
      <h1>{t('auth.signup.title')}</h1>
      <p className="auth-lead">{t('auth.signup.lead')}</p>
      {actionData?.formError ? <FormAlert testId="form-error">{t(actionData.formError)}</FormAlert> : null}
      <Form method="post" noValidate className="form">
        <input type="hidden" name="redirectTo" value={searchParams.get('redirectTo') ?? ''} />
        <Field
          name="name"
          label={t('auth.field.name')}
          autoComplete="name"
          required
          maxLength={100}
          defaultValue={actionData?.values.name}
          error={errors.name && t(errors.name)}
        />
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
        <NewPasswordFields attempt={attempt} errors={errors} />
        <div className={termsError ? 'field field-check field-invalid' : 'field field-check'}>
          <input
            id="field-acceptTerms"
            name="acceptTerms"
            type="checkbox"
            className="checkbox"
            required
            defaultChecked={actionData?.values.acceptTerms}
            aria-invalid={termsError ? true : undefined}
            aria-describedby={termsError ? 'field-acceptTerms-error field-acceptTerms-hint' : 'field-acceptTerms-hint'}
          />
          <label htmlFor="field-acceptTerms">{t('auth.signup.terms')}</label>
          {termsError ? <p id="field-acceptTerms-error" className="field-error">{termsError}</p> : null}
          <p id="field-acceptTerms-hint" className="field-hint">
            {t('auth.signup.termsRead')} <Link to="/cgu" target="_blank">{t('footer.terms')}</Link>
            {' · '}
            <Link to="/confidentialite" target="_blank">{t('footer.privacy')}</Link>
          </p>
        </div>
        <SubmitButton>{t('auth.signup.submit')}</SubmitButton>
      </Form>
      <p className="auth-switch">
        {t('auth.signup.hasAccount')}{' '}
        <Link to={searchParams.get('redirectTo') ? `/connexion?redirectTo=${encodeURIComponent(searchParams.get('redirectTo')!)}` : '/connexion'}>{t('auth.signup.loginLink')}</Link>
      </p>
    </>
  )
}

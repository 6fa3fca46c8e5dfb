import { data, Form, Link } from 'react-router'
import { forgotPasswordSchema } from '@atlas/shared/schemas/auth'
import { fieldErrorsFrom } from '@atlas/shared/schemas/fieldErrors'
import type { Route } from './+types/forgot-password'
import { Field } from '../../components/Field'
import { FormAlert } from '../../components/FormAlert'
import { SubmitButton } from '../../components/SubmitButton'
import { formText, rejected } from '../../lib/forms'
import { getLocale } from '../../lib/i18n.server'
import { askPasswordReset } from '../../lib/identity.server'
import { pageMeta } from '../../lib/pageMeta'
import { useT } from '../../lib/translation'

export const meta: Route.MetaFunction = ({ matches }) => pageMeta(matches, 'auth.forgot.title')

export async function action({ request }: Route.ActionArgs) {
  const formData = await request.formData()
  const values = { email: formText(formData, 'email') }
  const parsed = forgotPasswordSchema.safeParse(values)
  if (!parsed.success) return rejected(values, { fieldErrors: fieldErrorsFrom(parsed.error) })

  // Same answer whether or not an account exists: no way to probe for emails.
  const asked = await askPasswordReset(parsed.data.email, await getLocale(request))
  if (!asked.ok) return rejected(values, { fieldErrors: {}, formError: 'errors.service.unavailable' }, 503)
  return data({ sentTo: parsed.data.email })
}

export default function ForgotPassword({ actionData }: Route.ComponentProps) {
  const t = useT()
  if (actionData && 'sentTo' in actionData) {
    return (
      <div data-testid="forgot-sent">
        <h1>{t('auth.forgot.sentTitle')}</h1>
        <FormAlert tone="success">{t('auth.forgot.sent', { email: actionData.sentTo })}</FormAlert>
        <p className="auth-switch"><Link to="/connexion">{t('auth.forgot.back')}</Link></p>
      </div>
    )
  }
  const errors = actionData?.fieldErrors ?? {}
  return (
    <>
      <h1>{t('auth.forgot.title')}</h1>
      <p className="auth-lead">{t('auth.forgot.lead')}</p>
      {actionData?.formError ? <FormAlert testId="form-error">{t(actionData.formError)}</FormAlert> : null}
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
        <SubmitButton>{t('auth.forgot.submit')}</SubmitButton>
      </Form>
      <p className="auth-switch"><Link to="/connexion">{t('auth.forgot.back')}</Link></p>
    </>
  )
}

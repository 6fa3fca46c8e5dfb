import { Form } from 'react-router'
import { Field } from '../Field'
import { FormAlert } from '../FormAlert'
import { SubmitButton } from '../SubmitButton'
import { useT } from '../../lib/translation'

type Props = { fieldErrors?: Record<string, string>; formError?: string; attempt: number }

/** /connexion after a right password on an account with TOTP: the 6-digit code, or a recovery code. */
export function SecondFactorStep({ fieldErrors = {}, formError, attempt }: Props) {
  const t = useT()
  return (
    <>
      <h1>{t('twoFactor.login.title')}</h1>
      <p className="auth-lead">{t('twoFactor.login.lead')}</p>
      {formError ? <FormAlert testId="form-error">{t(formError)}</FormAlert> : null}
      <Form method="post" noValidate className="form" data-testid="second-factor">
        <input type="hidden" name="intent" value="code" />
        <Field
          key={`code-${attempt}`}
          name="code"
          label={t('twoFactor.code')}
          autoComplete="one-time-code"
          inputMode="numeric"
          maxLength={6}
          autoFocus
          error={fieldErrors.code && t(fieldErrors.code)}
        />
        <Field
          key={`recovery-${attempt}`}
          name="recoveryCode"
          label={t('twoFactor.login.recovery')}
          autoComplete="off"
          error={fieldErrors.recoveryCode && t(fieldErrors.recoveryCode)}
        />
        <SubmitButton>{t('twoFactor.login.submit')}</SubmitButton>
      </Form>
      <Form method="post" className="form-aside">
        <input type="hidden" name="intent" value="cancel" />
        <button type="submit" className="button button-secondary">{t('twoFactor.login.cancel')}</button>
      </Form>
    </>
  )
}

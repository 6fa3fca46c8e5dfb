import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@atlas/shared/schemas/auth'
import { useT } from '../lib/translation'
import { Field } from './Field'

/**
 * A new password and its confirmation (sign-up, reset, invitation). `attempt`
 * remounts the inputs after a refusal so the browser never re-shows a password.
 */
export function NewPasswordFields({
  attempt,
  errors,
  labelKey = 'auth.field.password',
}: {
  attempt: number
  errors: { password?: string; passwordConfirm?: string }
  labelKey?: 'auth.field.password' | 'auth.field.newPassword'
}) {
  const t = useT()
  return (
    <>
      <Field
        key={`password-${attempt}`}
        name="password"
        type="password"
        label={t(labelKey)}
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
        maxLength={PASSWORD_MAX_LENGTH}
        hint={t('auth.hint.password')}
        error={errors.password && t(errors.password)}
      />
      <Field
        key={`passwordConfirm-${attempt}`}
        name="passwordConfirm"
        type="password"
        label={t('auth.field.passwordConfirm')}
        autoComplete="new-password"
        required
        error={errors.passwordConfirm && t(errors.passwordConfirm)}
      />
    </>
  )
}

import { Form } from 'react-router'
import { useT } from '../lib/translation'

/** "Renvoyer le lien": asks for a fresh verification link for `email` (handled by /verifier-email). */
export function ResendVerification({ email }: { email: string }) {
  const t = useT()
  return (
    <Form method="post" action="/verifier-email" className="form form-inline" data-testid="resend-verification">
      <p className="field-hint">{t('auth.verify.resendLead')}</p>
      <input type="hidden" name="email" value={email} />
      <button type="submit" className="button button-secondary">{t('auth.verify.resend')}</button>
    </Form>
  )
}

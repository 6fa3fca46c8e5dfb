import { data, Form, Link, redirect } from 'react-router'
import { fieldErrorsFrom } from '@atlas/shared/schemas/fieldErrors'
import { acceptInvitationFormSchema, invitationTokenSchema } from '@atlas/shared/schemas/invitation'
import type { Route } from './+types/invitation'
import { NewPasswordFields } from '../../components/NewPasswordFields'
import { FormAlert } from '../../components/FormAlert'
import { SubmitButton } from '../../components/SubmitButton'
import { formChecked, formText, refusalStatus, rejected } from '../../lib/forms'
import { getLocale } from '../../lib/i18n.server'
import { logIn } from '../../lib/identity.server'
import { pageMeta } from '../../lib/pageMeta'
import {
  acceptInvitation,
  invitationRefusalOf,
  previewInvitation,
  type InvitationRefusal,
} from '../../lib/prospects.server'
import { createUserSession } from '../../lib/session.server'
import { useT } from '../../lib/translation'
import { useRefusalCount } from '../../lib/useRefusalCount'
import { visitorHeaders } from '../../lib/clientIp.server'

export const meta: Route.MetaFunction = ({ matches }) => [
  ...pageMeta(matches, 'invitation.title'),
  // The URL carries the invitation token: never send it to another site as a Referer.
  { name: 'referrer', content: 'no-referrer' },
]

const REFUSAL_STATUS: Record<InvitationRefusal, number> = { invalid: 400, expired: 410, used: 409, accountExists: 409 }
const refused = (refusal: InvitationRefusal) => data({ refusal }, { status: REFUSAL_STATUS[refusal] })

export async function loader({ request }: Route.LoaderArgs) {
  const token = new URL(request.url).searchParams.get('token')?.trim() ?? ''
  if (!invitationTokenSchema.safeParse(token).success) return refused('invalid')
  const result = await previewInvitation(token, await getLocale(request))
  if (result.ok) return { token, invitation: result.data }
  if (result.kind === 'unavailable') throw data(null, { status: 503 })
  return refused(invitationRefusalOf(result) ?? 'invalid')
}

export async function action({ request }: Route.ActionArgs) {
  const formData = await request.formData()
  const locale = await getLocale(request)
  const values = { acceptTerms: formChecked(formData, 'acceptTerms') }
  const parsed = acceptInvitationFormSchema.safeParse({
    token: formText(formData, 'token'),
    password: formText(formData, 'password'),
    passwordConfirm: formText(formData, 'passwordConfirm'),
    acceptTerms: values.acceptTerms,
  })
  if (!parsed.success) {
    const fieldErrors = fieldErrorsFrom(parsed.error)
    if (fieldErrors.token) return refused('invalid')
    return rejected(values, { fieldErrors })
  }
  const { token, password } = parsed.data
  const result = await acceptInvitation({ token, password, acceptTerms: true }, locale)
  if (!result.ok) {
    const refusal = invitationRefusalOf(result)
    if (refusal) return refused(refusal)
    const errors =
      result.kind === 'unavailable'
        ? { fieldErrors: {}, formError: 'errors.service.unavailable' }
        : { fieldErrors: result.fieldErrors, formError: Object.keys(result.fieldErrors).length ? undefined : 'errors.unexpected' }
    return rejected(values, errors, refusalStatus(errors))
  }
  const session = await logIn({ email: result.data.email, password }, visitorHeaders(request), request.headers.get('user-agent'))
  if (!session.ok) return redirect('/connexion?redirectTo=%2Fportail')
  return createUserSession(request, { token: session.token, exp: session.exp, locale, redirectTo: '/portail' })
}

export default function Invitation({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const attempt = useRefusalCount(actionData)
  const refusal = (actionData && 'refusal' in actionData && actionData.refusal) || ('refusal' in loaderData ? loaderData.refusal : null)
  if (refusal || !('invitation' in loaderData)) {
    const key = refusal ?? 'invalid'
    return (
      <div data-testid="invitation-refused">
        <h1>{t('invitation.invalidTitle')}</h1>
        <FormAlert>{t(`errors.invitation.${key}`)}</FormAlert>
        <Link to={key === 'used' || key === 'accountExists' ? '/connexion' : '/contact'} className="button button-primary button-block">
          {t(key === 'used' || key === 'accountExists' ? 'invitation.login' : 'invitation.contact')}
        </Link>
      </div>
    )
  }
  const { invitation, token } = loaderData
  const errors = (actionData && 'fieldErrors' in actionData && actionData.fieldErrors) || {}
  const formError = actionData && 'formError' in actionData ? actionData.formError : undefined
  const termsError = errors.acceptTerms && t(errors.acceptTerms)
  return (
    <>
      <h1>{t('invitation.title')}</h1>
      <p className="auth-lead" data-testid="invitation-lead">{t('invitation.lead', { advisor: invitation.advisorName })}</p>
      <p>{t('invitation.account', { email: invitation.email })}</p>
      {formError ? <FormAlert testId="form-error">{t(formError)}</FormAlert> : null}
      <Form method="post" noValidate className="form">
        <input type="hidden" name="token" value={token} />
        <NewPasswordFields attempt={attempt} errors={errors} />
        <div className={termsError ? 'field field-check field-invalid' : 'field field-check'}>
          <input
            id="field-acceptTerms"
            name="acceptTerms"
            type="checkbox"
            className="checkbox"
            required
            defaultChecked={actionData && 'values' in actionData ? actionData.values.acceptTerms : false}
            aria-invalid={termsError ? true : undefined}
            aria-describedby={termsError ? 'field-acceptTerms-error' : undefined}
          />
          <label htmlFor="field-acceptTerms">{t('auth.signup.terms')}</label>
          {termsError ? <p id="field-acceptTerms-error" className="field-error">{termsError}</p> : null}
        </div>
        <SubmitButton>{t('invitation.submit')}</SubmitButton>
      </Form>
    </>
  )
}

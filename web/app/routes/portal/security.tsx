import { data, Form, Link, redirect } from 'react-router'
import { isStaff } from '@atlas/shared'
import { changeEmailSchema, changePasswordSchema } from '@atlas/shared/schemas/account'
import { fieldErrorsFrom } from '@atlas/shared/schemas/fieldErrors'
import type { Route } from './+types/security'
import { Field } from '../../components/Field'
import { FormAlert } from '../../components/FormAlert'
import { NewPasswordFields } from '../../components/NewPasswordFields'
import { SessionList } from '../../components/security/SessionList'
import { SubmitButton } from '../../components/SubmitButton'
import { changeEmail, changePassword, listSessions, logoutOtherSessions } from '../../lib/account.server'
import { formText } from '../../lib/forms'
import { getLocale } from '../../lib/i18n.server'
import { pageMeta } from '../../lib/pageMeta'
import { requireUser } from '../../lib/session.server'
import { useT } from '../../lib/translation'
import { useRefusalCount } from '../../lib/useRefusalCount'

export const meta: Route.MetaFunction = ({ matches }) => pageMeta(matches, 'security.title')

const DONE = { password: 'security.password.done', logoutOthers: 'security.sessions.loggedOutOthers' } as const

export async function loader({ request }: Route.LoaderArgs) {
  const { user, token, headers } = await requireUser(request)
  if (isStaff(user.role)) throw redirect('/portail')
  const sessions = await listSessions(token)
  if (sessions.kind === 'unavailable') throw data({ reason: 'cms-unavailable' }, { status: 503 })
  const done = new URL(request.url).searchParams.get('fait')
  return data(
    {
      email: user.email,
      pendingEmail: user.pendingEmail ?? null,
      twoFactorEnabledAt: user.twoFactorEnabledAt ?? null,
      sessions: sessions.ok ? sessions.data.sessions : [],
      done: done === 'password' || done === 'logoutOthers' ? DONE[done] : null,
      locale: await getLocale(request),
    },
    { headers },
  )
}

type Intent = 'password' | 'email'
/** A refused form: its errors (message keys, or the cms's own words) and the e-mail typed, never a password. */
const refused = (intent: Intent, fieldErrors: Record<string, string>, formError?: string, status = 400, email?: string) =>
  data({ intent, fieldErrors, formError, values: { email } }, { status })

/** Three forms on one page, told apart by `intent`. */
export async function action({ request }: Route.ActionArgs) {
  const { user, token, headers } = await requireUser(request)
  const form = await request.formData()
  const locale = await getLocale(request)
  const intent = formText(form, 'intent')

  if (intent === 'logoutOthers') {
    const result = await logoutOtherSessions(token)
    if (!result.ok) return refused('password', {}, result.kind === 'unavailable' ? 'errors.service.unavailable' : 'errors.unexpected', 503)
    throw redirect('/portail/securite?fait=logoutOthers', { headers })
  }

  if (intent === 'password') {
    const parsed = changePasswordSchema.safeParse({
      currentPassword: formText(form, 'currentPassword'),
      password: formText(form, 'password'),
      passwordConfirm: formText(form, 'passwordConfirm'),
    })
    if (!parsed.success) return refused('password', fieldErrorsFrom(parsed.error))
    const result = await changePassword(token, user.id, parsed.data, locale)
    if (result.kind === 'unavailable') return refused('password', {}, 'errors.service.unavailable', 503)
    if (!result.ok) return refused('password', result.fieldErrors, Object.keys(result.fieldErrors).length ? undefined : 'errors.unexpected')
    throw redirect('/portail/securite?fait=password', { headers })
  }

  const email = formText(form, 'email')
  const parsed = changeEmailSchema.safeParse({ currentPassword: formText(form, 'currentPassword'), email })
  if (!parsed.success) return refused('email', fieldErrorsFrom(parsed.error), undefined, 400, email)
  if (parsed.data.email === user.email.toLowerCase()) return refused('email', { email: 'errors.email.sameAsCurrent' }, undefined, 400, email)
  const result = await changeEmail(token, user.id, parsed.data, locale)
  if (result.kind === 'unavailable') return refused('email', {}, 'errors.service.unavailable', 503, email)
  if (!result.ok) {
    return refused('email', result.fieldErrors, Object.keys(result.fieldErrors).length ? undefined : 'errors.unexpected', 400, email)
  }
  return data({ intent: 'email' as const, sentTo: parsed.data.email }, { headers })
}

/** `/portail/securite`: password, login address, signed-in devices, and the two-factor status. */
export default function Security({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const attempt = useRefusalCount(actionData)
  const errorsFor = (intent: Intent) => (actionData && 'fieldErrors' in actionData && actionData.intent === intent ? actionData.fieldErrors : {})
  const formErrorFor = (intent: Intent) => (actionData && 'formError' in actionData && actionData.intent === intent ? actionData.formError : undefined)
  const sentTo = actionData && 'sentTo' in actionData ? actionData.sentTo : null
  const pending = sentTo ?? loaderData.pendingEmail
  const passwordErrors = errorsFor('password')
  const emailErrors = errorsFor('email')
  const passwordFormError = formErrorFor('password')
  const emailFormError = formErrorFor('email')
  return (
    <div className="security-page">
      <header>
        <h1>{t('security.title')}</h1>
        <p className="muted">{t('security.lead')}</p>
      </header>
      {loaderData.done && !actionData ? <FormAlert tone="success" testId="security-done">{t(loaderData.done)}</FormAlert> : null}

      <section className="card" aria-labelledby="security-password">
        <h2 id="security-password">{t('security.password.title')}</h2>
        <p className="muted">{t('security.password.lead')}</p>
        {passwordFormError ? <FormAlert testId="password-error">{t(passwordFormError)}</FormAlert> : null}
        <Form method="post" noValidate className="form" data-testid="change-password">
          <input type="hidden" name="intent" value="password" />
          <Field
            key={`current-${attempt}`}
            name="currentPassword"
            type="password"
            label={t('security.field.currentPassword')}
            autoComplete="current-password"
            required
            error={passwordErrors.currentPassword && t(passwordErrors.currentPassword)}
          />
          <NewPasswordFields attempt={attempt} errors={passwordErrors} labelKey="auth.field.newPassword" />
          <SubmitButton>{t('security.password.submit')}</SubmitButton>
        </Form>
      </section>

      <section className="card" aria-labelledby="security-email">
        <h2 id="security-email">{t('security.email.title')}</h2>
        <p>{t('security.email.current', { email: loaderData.email })}</p>
        <p className="muted">{t('security.email.lead')}</p>
        {sentTo ? <FormAlert tone="success" testId="email-sent">{t('security.email.sent', { email: sentTo })}</FormAlert> : null}
        {pending && !sentTo ? <FormAlert tone="success" testId="email-pending">{t('security.email.pending', { email: pending })}</FormAlert> : null}
        {emailFormError ? <FormAlert testId="email-error">{t(emailFormError)}</FormAlert> : null}
        <Form method="post" noValidate className="form" data-testid="change-email">
          <input type="hidden" name="intent" value="email" />
          <Field
            name="email"
            type="email"
            label={t('security.field.newEmail')}
            autoComplete="email"
            inputMode="email"
            required
            defaultValue={actionData && 'values' in actionData ? actionData.values.email : undefined}
            error={emailErrors.email && t(emailErrors.email)}
          />
          <Field
            key={`current-email-${attempt}`}
            name="currentPassword"
            type="password"
            label={t('security.field.currentPassword')}
            autoComplete="current-password"
            required
            error={emailErrors.currentPassword && t(emailErrors.currentPassword)}
          />
          <SubmitButton>{t('security.email.submit')}</SubmitButton>
        </Form>
      </section>

      <section className="card" aria-labelledby="security-sessions">
        <h2 id="security-sessions">{t('security.sessions.title')}</h2>
        <p className="muted">{t('security.sessions.lead')}</p>
        <SessionList sessions={loaderData.sessions} locale={loaderData.locale} />
      </section>

      {/* Two-factor authentication (TOTP, optional for investors): its own page (docs/decisions/024). */}
      <section className="card" aria-labelledby="security-two-factor" data-testid="security-two-factor">
        <h2 id="security-two-factor">{t('security.twoFactor.title')}</h2>
        <p className="muted">{t('security.twoFactor.lead')}</p>
        <p data-testid="security-two-factor-status">
          {loaderData.twoFactorEnabledAt
            ? t('twoFactor.status.on', {
                date: new Date(loaderData.twoFactorEnabledAt).toLocaleDateString(loaderData.locale === 'en' ? 'en-GB' : 'fr-FR', {
                  timeZone: 'Europe/Paris',
                  dateStyle: 'long',
                }),
              })
            : t('twoFactor.status.off')}
        </p>
        <Link to="/portail/securite/double-authentification" className="button button-secondary">{t('security.twoFactor.link')}</Link>
      </section>
    </div>
  )
}

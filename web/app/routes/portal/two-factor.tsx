import { data, Form, Link, redirect } from 'react-router'
import { isStaff } from '@atlas/shared'
import type { Route } from './+types/two-factor'
import { Field } from '../../components/Field'
import { FormAlert } from '../../components/FormAlert'
import { SubmitButton } from '../../components/SubmitButton'
import { RecoveryCodes } from '../../components/twoFactor/RecoveryCodes'
import { formText } from '../../lib/forms'
import { getLocale } from '../../lib/i18n.server'
import { pageMeta } from '../../lib/pageMeta'
import { requireUser } from '../../lib/session.server'
import { useT } from '../../lib/translation'
import { useRefusalCount } from '../../lib/useRefusalCount'
import { confirmTwoFactor, disableTwoFactor, regenerateRecoveryCodes, startTwoFactor, type Enrolment } from '../../lib/twoFactor.server'

export const meta: Route.MetaFunction = ({ matches }) => pageMeta(matches, 'twoFactor.title')

export async function loader({ request }: Route.LoaderArgs) {
  const { user, headers } = await requireUser(request)
  if (isStaff(user.role)) throw redirect('/portail')
  const done = new URL(request.url).searchParams.get('fait')
  return data({ enabledAt: user.twoFactorEnabledAt ?? null, disabled: done === 'off', locale: await getLocale(request) }, { headers })
}

type Shown = Pick<Enrolment, 'qrCode' | 'secret'>
const QR_PREFIX = 'data:image/svg+xml;base64,'
/** The enrolment the page showed, typed back by the confirm form (the cms keeps the secret; this is only to show it again). */
const shownAgain = (form: FormData): Shown | null => {
  const qrCode = formText(form, 'qrCode')
  const secret = formText(form, 'secret')
  return qrCode.startsWith(QR_PREFIX) && /^[A-Z2-7]{16,64}$/.test(secret) ? { qrCode, secret } : null
}

/** Four forms, told apart by `intent`: start, confirm, disable, regenerate. */
export async function action({ request }: Route.ActionArgs) {
  const { token, headers } = await requireUser(request)
  const form = await request.formData()
  const locale = await getLocale(request)
  const intent = formText(form, 'intent')
  const proof = { currentPassword: formText(form, 'currentPassword'), code: formText(form, 'code').trim() }

  if (intent === 'start') {
    const started = await startTwoFactor(token, locale)
    if (!started.ok) return data({ intent, fieldErrors: started.fieldErrors, formError: started.formError }, { status: 400 })
    return data({ intent, enrolment: { qrCode: started.qrCode, secret: started.secret } }, { headers })
  }
  if (intent === 'confirm') {
    const confirmed = await confirmTwoFactor(token, locale, proof.code)
    if (!confirmed.ok) {
      return data({ intent: 'start', enrolment: shownAgain(form), fieldErrors: confirmed.fieldErrors, formError: confirmed.formError }, { status: 400 })
    }
    return data({ intent: 'enabled', recoveryCodes: confirmed.recoveryCodes }, { headers })
  }
  if (intent === 'disable' || intent === 'regenerate') {
    const result = intent === 'disable' ? await disableTwoFactor(token, locale, proof) : await regenerateRecoveryCodes(token, locale, proof)
    if (!result.ok) return data({ intent, fieldErrors: result.fieldErrors, formError: result.formError }, { status: 400 })
    if (intent === 'disable') throw redirect('/portail/securite/double-authentification?fait=off', { headers })
    return data({ intent: 'regenerated', recoveryCodes: 'recoveryCodes' in result ? result.recoveryCodes : [] }, { headers })
  }
  return data({ intent, fieldErrors: {}, formError: 'errors.unexpected' }, { status: 400 })
}

type ActionData = {
  intent: string
  enrolment?: Shown | null
  recoveryCodes?: string[]
  fieldErrors?: Record<string, string>
  formError?: string
}

/** `/portail/securite/double-authentification`: turn TOTP on (QR + first code, recovery codes once), renew the codes, turn it off. */
export default function TwoFactor({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const attempt = useRefusalCount(actionData)
  const answer = actionData as ActionData | undefined
  const errorsFor = (intent: string) => (answer?.intent === intent ? (answer.fieldErrors ?? {}) : {})
  const formErrorFor = (intent: string) => (answer?.intent === intent ? answer.formError : undefined)
  const justEnabled = answer?.intent === 'enabled'
  const enabled = Boolean(loaderData.enabledAt) || justEnabled
  const enrolment = answer?.intent === 'start' ? answer.enrolment : null
  const since = loaderData.enabledAt
    ? new Date(loaderData.enabledAt).toLocaleDateString(loaderData.locale === 'en' ? 'en-GB' : 'fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'long' })
    : ''

  return (
    <div className="stack">
      <p><Link to="/portail/securite">{t('twoFactor.back')}</Link></p>
      <h1>{t('twoFactor.title')}</h1>
      <p className="muted">{t('twoFactor.lead')}</p>
      <p data-testid="two-factor-status" role="status">
        {justEnabled ? t('twoFactor.enabled') : enabled ? t('twoFactor.status.on', { date: since }) : loaderData.disabled ? t('twoFactor.disabled') : t('twoFactor.status.off')}
      </p>
      {answer?.recoveryCodes?.length ? <RecoveryCodes codes={answer.recoveryCodes} /> : null}

      {!enabled && !enrolment ? (
        <Form method="post" className="form">
          {formErrorFor('start') ? <FormAlert>{t(formErrorFor('start')!)}</FormAlert> : null}
          <input type="hidden" name="intent" value="start" />
          <SubmitButton>{t('twoFactor.start')}</SubmitButton>
        </Form>
      ) : null}

      {!enabled && enrolment ? (
        <section className="card" data-testid="two-factor-enrol">
          <p>{t('twoFactor.scan')}</p>
          <img src={enrolment.qrCode} alt={t('twoFactor.qrAlt')} width={200} height={200} className="two-factor-qr" />
          <p>
            {t('twoFactor.manualKey')} : <code data-testid="two-factor-secret">{enrolment.secret}</code>
          </p>
          <Form method="post" noValidate className="form">
            {formErrorFor('start') ? <FormAlert>{t(formErrorFor('start')!)}</FormAlert> : null}
            <input type="hidden" name="intent" value="confirm" />
            <input type="hidden" name="qrCode" value={enrolment.qrCode} />
            <input type="hidden" name="secret" value={enrolment.secret} />
            <Field key={`confirm-${attempt}`} name="code" label={t('twoFactor.code')} inputMode="numeric" autoComplete="one-time-code" maxLength={6} error={errorsFor('start').code && t(errorsFor('start').code!)} />
            <SubmitButton>{t('twoFactor.confirm')}</SubmitButton>
          </Form>
        </section>
      ) : null}

      {enabled ? (
        <>
          <ProofForm intent="regenerate" title={t('twoFactor.regenerateTitle')} submit={t('twoFactor.regenerate')} attempt={attempt} errors={errorsFor('regenerate')} formError={formErrorFor('regenerate')} />
          <ProofForm intent="disable" title={t('twoFactor.disableTitle')} submit={t('twoFactor.disable')} attempt={attempt} errors={errorsFor('disable')} formError={formErrorFor('disable')} />
        </>
      ) : null}
    </div>
  )
}

/** A form that proves the person: current password and a current code. */
function ProofForm(props: { intent: string; title: string; submit: string; attempt: number; errors: Record<string, string>; formError?: string }) {
  const t = useT()
  const { intent, errors } = props
  return (
    <section className="card" aria-labelledby={`two-factor-${intent}`} data-testid={`two-factor-${intent}`}>
      <h2 id={`two-factor-${intent}`}>{props.title}</h2>
      {props.formError ? <FormAlert>{t(props.formError)}</FormAlert> : null}
      <Form method="post" noValidate className="form">
        <input type="hidden" name="intent" value={intent} />
        <Field key={`${intent}-password-${props.attempt}`} name="currentPassword" type="password" label={t('twoFactor.currentPassword')} autoComplete="current-password" error={errors.currentPassword && t(errors.currentPassword)} />
        <Field key={`${intent}-code-${props.attempt}`} name="code" label={t('twoFactor.code')} inputMode="numeric" autoComplete="one-time-code" maxLength={6} error={errors.code && t(errors.code)} />
        <SubmitButton>{props.submit}</SubmitButton>
      </Form>
    </section>
  )
}

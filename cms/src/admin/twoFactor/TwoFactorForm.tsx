'use client'
import { Button } from '@payloadcms/ui'
import { useEffect, useState, type FormEvent } from 'react'
import { translate, type Locale } from '@atlas/shared/i18n'

type Enrolment = { qrCode: string; secret: string }
type Errors = Partial<Record<'code' | 'recoveryCode' | 'form', string>>

/** Field errors of a cms answer (`ValidationError`), else its message on the form. */
const errorsOf = (body: any, fallback: string): Errors => {
  const fields = body?.errors?.[0]?.data?.errors as { path: string; message: string }[] | undefined
  if (fields?.length) return Object.fromEntries(fields.map((e) => [e.path, e.message]))
  return { form: body?.errors?.[0]?.message ?? fallback }
}

const post = async (path: string, locale: Locale, body?: unknown) => {
  const response = await fetch(`/api/users/two-factor/${path}`, {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json', 'Accept-Language': locale },
    body: body === undefined ? undefined : JSON.stringify(body),
  }).catch(() => null)
  return { ok: Boolean(response?.ok), body: await response?.json().catch(() => null) }
}

/** The admin's second login step: a TOTP code or a recovery code; or a staff member's first enrolment. */
export function TwoFactorForm({ step, locale, redirect }: { step: 'verify' | 'enrol'; locale: Locale; redirect: string }) {
  const t = (key: string) => translate(locale, key)
  const [errors, setErrors] = useState<Errors>({})
  const [busy, setBusy] = useState(false)
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null)
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null)

  useEffect(() => {
    if (step !== 'enrol') return
    void post('start', locale).then(({ ok, body }) => (ok ? setEnrolment(body) : setErrors(errorsOf(body, t('errors.twoFactor.noPendingLogin')))))
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [step, locale])

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const recoveryCode = String(form.get('recoveryCode') ?? '').trim()
    const code = String(form.get('code') ?? '').trim()
    setBusy(true)
    const { ok, body } =
      step === 'enrol' ? await post('confirm', locale, { code }) : await post('verify', locale, recoveryCode ? { recoveryCode } : { code })
    setBusy(false)
    if (!ok) return setErrors(errorsOf(body, t('errors.twoFactor.codeWrong')))
    if (step === 'enrol') setRecoveryCodes(body.recoveryCodes)
    else window.location.assign(redirect)
  }

  if (recoveryCodes) {
    return (
      <section className="two-factor" data-testid="two-factor-recovery">
        <h1>{t('twoFactor.recoveryTitle')}</h1>
        <p>{t('twoFactor.recoveryLead')}</p>
        <ol className="two-factor__codes">
          {recoveryCodes.map((c) => (
            <li key={c}><code>{c}</code></li>
          ))}
        </ol>
        <Button buttonStyle="primary" onClick={() => window.location.assign(redirect)} id="two-factor-continue">
          {t('twoFactor.enrol.continue')}
        </Button>
      </section>
    )
  }

  return (
    <section className="two-factor" data-testid={`two-factor-${step}`}>
      <h1>{t(step === 'enrol' ? 'twoFactor.enrol.title' : 'twoFactor.login.title')}</h1>
      <p>{t(step === 'enrol' ? 'twoFactor.enrol.lead' : 'twoFactor.login.lead')}</p>
      {enrolment ? (
        <div className="two-factor__qr">
          <img src={enrolment.qrCode} alt={t('twoFactor.qrAlt')} width={200} height={200} />
          <p>
            {t('twoFactor.manualKey')} : <code data-testid="two-factor-secret">{enrolment.secret}</code>
          </p>
        </div>
      ) : null}
      <form onSubmit={submit} noValidate className="two-factor__form">
        <label htmlFor="two-factor-code">{t('twoFactor.code')}</label>
        <input id="two-factor-code" name="code" inputMode="numeric" autoComplete="one-time-code" maxLength={6} aria-invalid={Boolean(errors.code)} aria-describedby="two-factor-code-error" />
        {errors.code ? <p id="two-factor-code-error" role="alert" className="two-factor__error">{errors.code}</p> : null}
        {step === 'verify' ? (
          <>
            <label htmlFor="two-factor-recovery">{t('twoFactor.login.recovery')}</label>
            <input id="two-factor-recovery" name="recoveryCode" autoComplete="off" aria-invalid={Boolean(errors.recoveryCode)} />
            {errors.recoveryCode ? <p role="alert" className="two-factor__error">{errors.recoveryCode}</p> : null}
          </>
        ) : null}
        {errors.form ? <p role="alert" className="two-factor__error">{errors.form}</p> : null}
        <Button buttonStyle="primary" type="submit" disabled={busy} id="two-factor-submit">
          {t(step === 'enrol' ? 'twoFactor.confirm' : 'twoFactor.login.submit')}
        </Button>
      </form>
      <p>
        <button type="button" className="two-factor__cancel" onClick={() => void post('cancel', locale).then(() => window.location.assign('/admin/login'))}>
          {t('twoFactor.login.cancel')}
        </button>
      </p>
    </section>
  )
}

import { data, Form, Link, redirect } from 'react-router'
import { isStaff } from '@atlas/shared'
import { SIGNABLE_KINDS, type DocumentSummary } from '@atlas/shared/documents/kinds'
import { formatDateTimeParis } from '@atlas/shared/finance/dateTime'
import type { Route } from './+types/detail'
import { Field } from '../../../components/Field'
import { FormAlert } from '../../../components/FormAlert'
import { SubmitButton } from '../../../components/SubmitButton'
import { awaitsSignature, isSigned } from '../../../lib/documentState'
import { findDocument, signDocument } from '../../../lib/documents.server'
import { formChecked, formText } from '../../../lib/forms'
import { getLocale } from '../../../lib/i18n.server'
import { pageMeta } from '../../../lib/pageMeta'
import { requireUser } from '../../../lib/session.server'
import { useLocale, useT } from '../../../lib/translation'
import { useRefusalCount } from '../../../lib/useRefusalCount'

export const meta: Route.MetaFunction = ({ matches }) => pageMeta(matches, 'documents.portal.title')

const SIGN_FIELDS = ['name', 'consent', 'password', 'code']

export async function loader({ request, params }: Route.LoaderArgs) {
  const { user, token, headers } = await requireUser(request)
  if (isStaff(user.role) || !/^\d{1,12}$/.test(params.id)) throw data({ reason: 'not-found' }, { status: 404 })
  const found = await findDocument(token, params.id)
  if (!found.ok) {
    if (found.kind === 'unavailable') throw data({ reason: 'cms-unavailable' }, { status: 503 })
    throw data({ reason: 'not-found' }, { status: 404 })
  }
  return data(
    {
      document: found.data,
      accountName: user.name ?? '',
      // With TOTP on, the cms asks for a code instead of the password.
      totp: Boolean(user.twoFactorEnabledAt),
      justSigned: new URL(request.url).searchParams.get('signe') === '1',
    },
    { headers },
  )
}

type Values = { name: string; consent: boolean }
type ActionData = { values: Values; fieldErrors: Record<string, string>; formError?: string }

/** The signature: name, consent, password or code → the cms; field errors come back worded, what was typed kept (never the password). */
export async function action({ request, params }: Route.ActionArgs) {
  const { token, headers } = await requireUser(request)
  const locale = await getLocale(request)
  const form = await request.formData()
  const values: Values = { name: formText(form, 'name').slice(0, 200), consent: formChecked(form, 'consent') }
  const password = formText(form, 'password')
  const code = formText(form, 'code').replace(/\s/g, '')
  const signed = await signDocument(token, params.id, { ...values, ...(code ? { code } : { password }) }, request, locale)
  if (signed.ok) throw redirect(`/portail/documents/${params.id}?signe=1`, { headers })
  if (signed.kind === 'unavailable') return data<ActionData>({ values, fieldErrors: {}, formError: 'errors.service.unavailable' }, { status: 503 })
  const fieldErrors = Object.fromEntries(Object.entries(signed.fieldErrors).filter(([path]) => SIGN_FIELDS.includes(path)))
  const formError = Object.keys(fieldErrors).length > 0 ? 'errors.form' : signed.message || 'errors.unexpected'
  return data<ActionData>({ values, fieldErrors, formError }, { status: signed.status })
}

function Evidence({ document }: { document: DocumentSummary }) {
  const t = useT()
  const locale = useLocale()
  const signature = document.signature!
  const rows: [string, string][] = [
    [t('documents.sign.evidence.signer'), signature.signerName],
    [t('documents.sign.evidence.signedAt'), formatDateTimeParis(new Date(signature.signedAt), locale)],
    [t('documents.sign.evidence.method'), t(`documents.sign.evidence.method.${signature.method}`)],
    [t('documents.sign.evidence.ip'), signature.ip],
    [t('documents.sign.evidence.userAgent'), signature.userAgent || '—'],
    [t('documents.sign.evidence.signedSha256'), signature.signedSha256],
    [t('documents.sign.evidence.signedCopySha256'), signature.signedCopySha256],
  ]
  return (
    <section className="card" aria-labelledby="evidence-title" data-testid="signature-evidence">
      <h2 id="evidence-title">{t('documents.sign.evidence.title')}</h2>
      <dl className="document-evidence">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p>
        <a href={`/portail/documents/${document.id}/pdf?copy=signed`} className="button button-primary" data-testid="download-signed">
          {t('documents.portal.downloadSigned')}
        </a>
      </p>
    </section>
  )
}

/** `/portail/documents/:id`: the PDF in the page, then — for a DER, a lettre de mission or a rapport d'adéquation not yet signed — the signature. */
export default function DocumentPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const attempt = useRefusalCount(actionData)
  const { document, accountName, totp, justSigned } = loaderData
  const answer = actionData as ActionData | undefined
  const errors = answer?.fieldErrors ?? {}
  const ready = document.status === 'ready'
  const signed = isSigned(document)
  const signable = awaitsSignature(document)
  const pdf = `/portail/documents/${document.id}/pdf`
  return (
    <div className="document-page stack">
      <p><Link to="/portail/documents">{t('documents.portal.back')}</Link></p>
      <h1 data-testid="document-title">{document.title}</h1>
      {justSigned && signed ? <FormAlert tone="success" testId="signed-notice">{t('documents.sign.done')}</FormAlert> : null}
      {ready ? (
        <>
          <div className="document-viewer">
            <iframe src={`${pdf}?inline=1`} title={t('documents.portal.viewer', { title: document.title })} data-testid="document-viewer" />
          </div>
          <p className="muted">
            {t('documents.portal.viewerFallback')} <a href={pdf} data-testid="download-pdf">{t('documents.portal.download')}</a>
          </p>
        </>
      ) : (
        <p className="card">{t('documents.portal.notReady')}</p>
      )}

      {signed ? <Evidence document={document} /> : null}

      {signable ? (
        <section className="card" aria-labelledby="sign-title" data-testid="sign-form">
          <h2 id="sign-title">{t('documents.sign.title')}</h2>
          <p className="muted">{t(totp ? 'documents.sign.leadTotp' : 'documents.sign.lead')}</p>
          {answer?.formError ? <FormAlert testId="form-error">{t(answer.formError)}</FormAlert> : null}
          <Form method="post" noValidate className="form">
            <Field
              name="name"
              label={t('documents.sign.name')}
              hint={t('documents.sign.nameHint', { name: accountName })}
              autoComplete="name"
              maxLength={200}
              defaultValue={answer?.values.name}
              error={errors.name && t(errors.name)}
            />
            <div className={errors.consent ? 'field field-check field-invalid' : 'field field-check'}>
              <input
                id="field-consent"
                name="consent"
                type="checkbox"
                className="checkbox"
                defaultChecked={answer?.values.consent}
                aria-invalid={errors.consent ? true : undefined}
                aria-describedby={errors.consent ? 'field-consent-error' : undefined}
              />
              <label htmlFor="field-consent">{t('documents.sign.consent')}</label>
              {errors.consent ? <p id="field-consent-error" className="field-error">{t(errors.consent)}</p> : null}
            </div>
            {totp ? (
              <Field
                key={`code-${attempt}`}
                name="code"
                label={t('documents.sign.code')}
                hint={t('documents.sign.codeHint')}
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={6}
                error={errors.code && t(errors.code)}
              />
            ) : (
              <Field
                key={`password-${attempt}`}
                name="password"
                type="password"
                label={t('documents.sign.password')}
                autoComplete="current-password"
                error={errors.password && t(errors.password)}
              />
            )}
            <SubmitButton>{t('documents.sign.submit')}</SubmitButton>
          </Form>
        </section>
      ) : ready && !signed && !SIGNABLE_KINDS.includes(document.kind) ? (
        <p className="muted">{t('documents.sign.notSignableHere')}</p>
      ) : null}
    </div>
  )
}

import { useEffect } from 'react'
import { data, Form, Link, redirect, useRevalidator } from 'react-router'
import { isStaff } from '@atlas/shared'
import { UPGRADE_URL } from '@atlas/shared/billing/entitlements'
import type { DocumentSummary } from '@atlas/shared/documents/kinds'
import { formatDateParis } from '@atlas/shared/finance/dates'
import { isMessageKey } from '@atlas/shared/i18n'
import type { Route } from './+types/list'
import { FormAlert } from '../../../components/FormAlert'
import { LockIcon } from '../../../components/icons'
import { awaitsSignature, inProgress, isSigned } from '../../../lib/documentState'
import { listDocuments, requestBilan } from '../../../lib/documents.server'
import { myEntitlements } from '../../../lib/entitlements.server'
import { getLocale } from '../../../lib/i18n.server'
import { pageMeta } from '../../../lib/pageMeta'
import { requireUser } from '../../../lib/session.server'
import { useLocale, useT } from '../../../lib/translation'

export const meta: Route.MetaFunction = ({ matches }) => pageMeta(matches, 'documents.portal.title')

/** While a document is being prepared, the list asks again this often (JavaScript); without it, the page reloads itself. */
const REFRESH_MS = 2_000

export async function loader({ request }: Route.LoaderArgs) {
  const { user, token, headers } = await requireUser(request)
  if (isStaff(user.role)) return data({ docs: [] as DocumentSummary[], bilanIncluded: false, requested: false }, { headers })
  const [list, entitlements] = await Promise.all([listDocuments(token), myEntitlements(token)])
  if (!list.ok) {
    if (list.status === 401) throw redirect('/connexion?redirectTo=%2Fportail%2Fdocuments')
    throw data({ reason: 'cms-unavailable' }, { status: 503 })
  }
  return data(
    {
      docs: list.data.docs,
      // Unknown (the cms could not say): offer the button, the cms decides.
      bilanIncluded: entitlements ? entitlements.entitlements.documentsBilan : true,
      requested: new URL(request.url).searchParams.get('demande') === 'bilan',
    },
    { headers },
  )
}

/** "Demander mon bilan": core's generate endpoint for the reader's own bilan; a plan without it is a 403 shown as the lock. */
export async function action({ request }: Route.ActionArgs) {
  const { user, token, headers } = await requireUser(request)
  const locale = await getLocale(request)
  const form = await request.formData()
  if (form.get('intent') !== 'requestBilan') return data({ formError: 'errors.unexpected', locked: false }, { status: 400 })
  const asked = await requestBilan(token, Number(user.id), locale)
  if (asked.ok) throw redirect('/portail/documents?demande=bilan', { headers })
  if (asked.kind === 'unavailable') return data({ formError: 'errors.service.unavailable', locked: false }, { status: 503 })
  if (asked.status === 403) return data({ formError: '', locked: true }, { status: 403 })
  const message = Object.values(asked.fieldErrors).find(Boolean) || asked.message || 'errors.unexpected'
  return data({ formError: message, locked: false }, { status: asked.status })
}

/** Asks the loader again while anything is queued or rendering: the list updates in place, no reload. */
function useRefreshWhile(active: boolean) {
  const { revalidate, state } = useRevalidator()
  useEffect(() => {
    if (!active || state !== 'idle') return
    const timer = setTimeout(() => void revalidate(), REFRESH_MS)
    return () => clearTimeout(timer)
  }, [active, state, revalidate])
}

function StatusOf({ doc }: { doc: DocumentSummary }) {
  const t = useT()
  const locale = useLocale()
  if (isSigned(doc)) {
    return <strong className="pill pill-validated" data-testid="document-status">{t('documents.portal.signedOn', { date: formatDateParis(new Date(doc.signature!.signedAt), locale) })}</strong>
  }
  if (inProgress(doc)) {
    return (
      <span className="document-progress" data-testid="document-status" data-status={doc.status}>
        <strong className="pill pill-submitted">{t('documents.portal.progress', { percent: Math.round(doc.progress ?? 0) })}</strong>
        <progress max={100} value={doc.progress ?? 0} aria-label={t(`documents.status.${doc.status}`)} />
        {doc.stage && isMessageKey(doc.stage) ? <span className="muted">{t(doc.stage)}</span> : null}
      </span>
    )
  }
  if (doc.status === 'failed') {
    return <strong className="pill pill-draft" data-testid="document-status" data-status="failed">{t('documents.status.failed')}</strong>
  }
  return <strong className="pill pill-validated" data-testid="document-status" data-status="ready">{t('documents.status.ready')}</strong>
}

/** `/portail/documents` "Mes documents": every version, newest first, with its state, downloads and what awaits a signature. */
export default function MyDocuments({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const { docs, bilanIncluded, requested } = loaderData
  const preparing = docs.some(inProgress)
  useRefreshWhile(preparing)
  const locked = actionData?.locked === true || !bilanIncluded
  return (
    <div className="documents-page stack">
      {/* Without JavaScript, the page reloads itself while a document is being prepared. */}
      {preparing ? <noscript><meta httpEquiv="refresh" content="5" /></noscript> : null}
      <header>
        <h1>{t('documents.portal.title')}</h1>
        <p className="muted">{t('documents.portal.lead')}</p>
      </header>
      {actionData?.formError ? <FormAlert testId="form-error">{t(actionData.formError)}</FormAlert> : null}
      {requested ? <FormAlert tone="success" testId="bilan-requested">{t('documents.portal.bilan.requested')}</FormAlert> : null}

      <section className="card document-bilan" aria-labelledby="bilan-title" data-testid="bilan-request">
        <h2 id="bilan-title">{t('documents.portal.bilan.title')}</h2>
        <p>{t('documents.portal.bilan.lead')}</p>
        {locked ? (
          <p className="course-unlock" data-testid="bilan-locked">
            <LockIcon className="icon-small" />{' '}
            {t('documents.portal.bilan.locked')} <Link to={UPGRADE_URL}>{t('documents.portal.bilan.upgrade')}</Link>
          </p>
        ) : (
          <Form method="post">
            <button type="submit" name="intent" value="requestBilan" className="button button-primary" data-testid="request-bilan">
              {t('documents.portal.bilan.request')}
            </button>
          </Form>
        )}
      </section>

      {preparing ? <p className="muted" role="status">{t('documents.portal.refreshing')}</p> : null}
      {docs.length === 0 ? (
        <p className="card" data-testid="documents-empty">{t('documents.portal.empty')}</p>
      ) : (
        <ul className="document-list" aria-label={t('documents.portal.caption')} data-testid="documents">
          {docs.map((doc) => {
            const toSign = awaitsSignature(doc)
            const pdf = `/portail/documents/${doc.id}/pdf`
            return (
              <li key={doc.id} className="card document-item" data-testid="document" data-kind={doc.kind} data-version={doc.version}>
                <div className="document-head">
                  <h2 className="document-title">
                    {doc.status === 'ready' ? <Link to={`/portail/documents/${doc.id}`}>{t(`documents.kind.${doc.kind}`)}</Link> : t(`documents.kind.${doc.kind}`)}
                    {' '}
                    <span className="muted">{t('documents.portal.version', { version: doc.version })}</span>
                  </h2>
                  {toSign ? <strong className="pill pill-premium" data-testid="to-sign">{t('documents.portal.toSign')}</strong> : null}
                </div>
                <p className="document-meta">
                  <time dateTime={doc.readyAt ?? doc.createdAt}>{formatDateParis(new Date(doc.readyAt ?? doc.createdAt), locale)}</time>
                  <StatusOf doc={doc} />
                </p>
                {doc.status === 'failed' ? <p className="muted">{t('documents.portal.failed')}</p> : null}
                {doc.status === 'ready' ? (
                  <p className="document-actions">
                    <Link to={`/portail/documents/${doc.id}`} className="button button-secondary button-small" data-testid="open-document">
                      {t(toSign ? 'documents.portal.openToSign' : 'documents.portal.open')}
                    </Link>
                    {/* Files, not pages: the browser downloads them (no client-side navigation). */}
                    <a href={pdf} data-testid="download-pdf">{t('documents.portal.download')}</a>
                    {isSigned(doc) ? <a href={`${pdf}?copy=signed`} data-testid="download-signed">{t('documents.portal.downloadSigned')}</a> : null}
                  </p>
                ) : null}
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
}

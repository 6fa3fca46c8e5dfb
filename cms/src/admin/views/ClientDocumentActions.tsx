'use client'
import { useRouter } from 'next/navigation'
// React in scope: vitest compiles this JSX with the classic runtime (Next uses the automatic one).
import React, { useEffect, useState } from 'react'
import type { DocumentKind } from '@atlas/shared/documents/kinds'
import { isMessageKey, translate, type Locale } from '@atlas/shared/i18n'
import { isInProgress, statusLabel, type DocumentRow } from './clientDocumentRows'

const POLL_MS = 1000
/** Consecutive failed reads before the progress says it stopped (the server restarting, the session gone). */
const MAX_MISSES = 5

/**
 * Follows one document while it is queued or rendering: GET /api/client-documents/:id every second with the
 * viewer's admin session (the collection's read access decides), then reloads the page's server part
 * (router.refresh) once it is ready or failed, so the versions table shows it as stored.
 */
function useDocumentProgress(initial: DocumentRow | null, locale: Locale) {
  const [doc, setDoc] = useState(initial)
  const [lost, setLost] = useState(false)
  const router = useRouter()
  useEffect(() => {
    if (!doc || !isInProgress(doc.status)) return
    let stopped = false
    let misses = 0
    let timer: ReturnType<typeof setTimeout>
    const poll = async () => {
      const response = await fetch(`/api/client-documents/${doc.id}?depth=0`, {
        credentials: 'include',
        headers: { 'Accept-Language': locale },
        cache: 'no-store',
      }).catch(() => null)
      const next = response?.ok ? ((await response.json().catch(() => null)) as DocumentRow | null) : null
      if (stopped) return
      if (!next) {
        misses += 1
        if (misses >= MAX_MISSES) setLost(true)
        else timer = setTimeout(poll, POLL_MS)
        return
      }
      misses = 0
      setDoc(next)
      if (isInProgress(next.status)) timer = setTimeout(poll, POLL_MS)
      else router.refresh()
    }
    timer = setTimeout(poll, POLL_MS)
    return () => {
      stopped = true
      clearTimeout(timer)
    }
    // One poller per document: re-armed when another document is followed or it starts/stops being prepared.
  }, [doc?.id, doc && isInProgress(doc.status)])
  return { doc, setDoc, lost }
}

/** What a followed document says: progress bar while it is prepared, then "Prêt" or the failure's reason. */
function ProgressLine({ doc, lost, locale }: { doc: DocumentRow; lost: boolean; locale: Locale }) {
  const t = (key: string, params?: Record<string, string | number>) => translate(locale, key, params)
  if (doc.status === 'ready') {
    return (
      <span className="client-ok" role="status" data-testid="document-progress" data-status="ready">
        {t('documents.status.ready')} — {t('documents.admin.readyNow', { version: doc.version, pages: doc.pageCount ?? '—' })}
      </span>
    )
  }
  if (doc.status === 'failed') {
    return (
      <span className="client-warning" role="alert" data-testid="document-progress" data-status="failed">
        {t('documents.admin.failedNow', { version: doc.version, reason: doc.error && isMessageKey(doc.error) ? t(doc.error) : t('documents.status.failed') })}
      </span>
    )
  }
  const pct = Math.round(doc.progress ?? 0)
  return (
    <span className="client-documents-progress" role="status" aria-live="polite" data-testid="document-progress" data-status={doc.status}>
      <progress max={100} value={pct} aria-label={doc.title} />
      <span>{statusLabel(locale, doc)}</span>
      {doc.stage && isMessageKey(doc.stage) ? <span className="client-documents-stage">{t(doc.stage)}</span> : null}
      {lost ? <span className="client-warning">{t('documents.admin.pollLost')}</span> : null}
    </span>
  )
}

/** The status cell of a version the page found queued or rendering: live until it is done. */
export function DocumentProgress({ document, locale }: { document: DocumentRow; locale: Locale }) {
  const { doc, lost } = useDocumentProgress(document, locale)
  return doc ? <ProgressLine doc={doc} lost={lost} locale={locale} /> : null
}

type Sending = { kind: 'idle' } | { kind: 'sending' } | { kind: 'error'; message: string }

/**
 * "Générer" for one kind (the admin's button classes on a plain button: @payloadcms/ui's Button imports CSS, which
 * only Next's bundler loads, and this block is rendered in unit tests too): POST /api/client-documents/generate { investor, kind } with the admin session; the
 * endpoint decides (who, preflight: validated profile, recommendation, published template…) and its refusal —
 * already in the viewer's language — is shown at the button. Then the new version's progress, live.
 */
export function GenerateDocumentButton({ investor, kind, again, locale }: { investor: number; kind: DocumentKind; again: boolean; locale: Locale }) {
  const t = (key: string, params?: Record<string, string | number>) => translate(locale, key, params)
  const [sending, setSending] = useState<Sending>({ kind: 'idle' })
  const { doc, setDoc, lost } = useDocumentProgress(null, locale)

  const generate = async () => {
    setSending({ kind: 'sending' })
    const response = await fetch('/api/client-documents/generate', {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': locale },
      body: JSON.stringify({ investor, kind }),
    }).catch(() => null)
    const body = (await response?.json().catch(() => null)) as { document?: DocumentRow; errors?: { message?: string }[] } | null
    if (response?.ok && body?.document) {
      setSending({ kind: 'idle' })
      setDoc(body.document)
    } else if (!response) setSending({ kind: 'error', message: t('documents.admin.unreachable') })
    else setSending({ kind: 'error', message: t('documents.admin.generateFailed', { message: body?.errors?.[0]?.message ?? String(response.status) }) })
  }

  const busy = sending.kind === 'sending' || (doc !== null && isInProgress(doc.status))
  return (
    <div className="client-documents-generate">
      <button
        type="button"
        id={`generate-${kind}`}
        className={`btn btn--icon-style-without-border btn--size-small btn--withoutPopup btn--no-margin btn--style-${again ? 'secondary' : 'primary'}${busy ? ' btn--disabled' : ''}`}
        onClick={generate}
        disabled={busy}
        aria-disabled={busy}
      >
        <span className="btn__content">
          <span className="btn__label">{sending.kind === 'sending' ? t('documents.admin.sending') : again ? t('documents.admin.generateAgain') : t('documents.admin.generate')}</span>
        </span>
      </button>
      {sending.kind === 'error' ? (
        <p role="alert" className="clients-error" data-testid={`document-error-${kind}`}>
          {sending.message}
        </p>
      ) : null}
      {doc ? <ProgressLine doc={doc} lost={lost} locale={locale} /> : null}
    </div>
  )
}

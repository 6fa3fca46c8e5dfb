'use client'
import { Button, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'
import { translate } from '@atlas/shared/i18n'
import { adminLocale, parisDate } from '../format'

type State = { kind: 'idle' } | { kind: 'sending' } | { kind: 'sent'; to: string; expiresAt: string } | { kind: 'error'; message: string }

/**
 * "Send invitation" on a prospect's edit view: POST /api/prospects/:id/invite
 * with the advisor's own admin session, so the endpoint's rule decides.
 */
export function InviteButton() {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const locale = adminLocale(i18n.language)
  const t = (key: string, params?: Record<string, string>) => translate(locale, key, params)
  const [state, setState] = useState<State>({ kind: 'idle' })

  if (!id) return <p className="field-description">{t('admin.invite.saveFirst')}</p>

  const send = async () => {
    setState({ kind: 'sending' })
    const response = await fetch(`/api/prospects/${id}/invite`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Accept-Language': locale },
    }).catch(() => null)
    const body = await response?.json().catch(() => null)
    if (response?.ok) setState({ kind: 'sent', to: body.to, expiresAt: body.expiresAt })
    else setState({ kind: 'error', message: body?.errors?.[0]?.message ?? t('admin.invite.failed') })
  }

  return (
    <div className="field-type" style={{ marginBottom: 24 }}>
      <Button buttonStyle="primary" onClick={send} disabled={state.kind === 'sending'} id="send-invitation">
        {state.kind === 'sending' ? t('admin.invite.sending') : t('admin.invite.send')}
      </Button>
      {state.kind === 'sent' ? (
        <p role="status" data-testid="invitation-status">
          {t('admin.invite.sent', { to: state.to, until: parisDate(locale, state.expiresAt, true) })}
        </p>
      ) : null}
      {state.kind === 'error' ? (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>{state.message}</p>
      ) : null}
    </div>
  )
}

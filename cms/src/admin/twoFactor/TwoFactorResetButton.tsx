'use client'
import { Button, useAuth, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'
import { translate } from '@atlas/shared/i18n'
import { adminLocale } from '../format'

/**
 * On a user's edit view, for admins: "réinitialiser la double authentification"
 * (POST /api/users/two-factor/reset/:id; the endpoint decides who may).
 */
export function TwoFactorResetButton() {
  const { id } = useDocumentInfo()
  const { user } = useAuth<{ id: number; role?: string }>()
  const { i18n } = useTranslation()
  const locale = adminLocale(i18n.language)
  const t = (key: string) => translate(locale, key)
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  if (!id || user?.role !== 'admin' || String(user.id) === String(id)) return null

  const reset = async () => {
    if (!window.confirm(t('twoFactor.admin.resetConfirm'))) return
    const response = await fetch(`/api/users/two-factor/reset/${id}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Accept-Language': locale },
    }).catch(() => null)
    const body = await response?.json().catch(() => null)
    setMessage(response?.ok ? { ok: true, text: t('twoFactor.admin.resetDone') } : { ok: false, text: body?.errors?.[0]?.message ?? '—' })
  }

  return (
    <div className="field-type">
      <Button buttonStyle="secondary" onClick={reset} id="two-factor-reset">
        {t('twoFactor.admin.reset')}
      </Button>
      {message ? <p role={message.ok ? 'status' : 'alert'}>{message.text}</p> : null}
    </div>
  )
}

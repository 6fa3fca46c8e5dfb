'use client'
import { Button } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { translate, type Locale } from '@atlas/shared/i18n'
import { parisDate } from '../format'

type State =
  | { kind: 'idle' }
  | { kind: 'sending' }
  | { kind: 'validated'; validatedAt: string; reviewDueAt: string }
  | { kind: 'error'; message: string }

/**
 * "Valider le profil" on the advisor's client page: POST
 * /api/profiles/:id/validate with the advisor's own admin session, so the
 * endpoint and the collection's access rules decide; shows what came back,
 * then reloads the page's server part (status, actions).
 */
export function ValidateProfileButton({ profileId, locale }: { profileId: number; locale: Locale }) {
  const t = (key: string, params?: Record<string, string>) => translate(locale, key, params)
  const [state, setState] = useState<State>({ kind: 'idle' })
  const router = useRouter()

  const validate = async () => {
    setState({ kind: 'sending' })
    const response = await fetch(`/api/profiles/${profileId}/validate`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Accept-Language': locale },
    }).catch(() => null)
    const body = await response?.json().catch(() => null)
    if (response?.ok) {
      setState({ kind: 'validated', validatedAt: body.validatedAt, reviewDueAt: body.reviewDueAt })
      // The page's status and actions come from the server: reload them.
      router.refresh()
    } else setState({ kind: 'error', message: t('admin.client.validateFailed', { message: body?.errors?.[0]?.message ?? String(response?.status ?? '') }) })
  }

  if (state.kind === 'validated') {
    return (
      <p role="status" className="client-ok" data-testid="validation-status">
        {t('admin.client.validated', { date: parisDate(locale, state.validatedAt, true), due: parisDate(locale, state.reviewDueAt) })}
      </p>
    )
  }
  return (
    <>
      <Button buttonStyle="primary" onClick={validate} disabled={state.kind === 'sending'} id="validate-profile">
        {state.kind === 'sending' ? t('admin.client.validating') : t('admin.client.validate')}
      </Button>
      {state.kind === 'error' ? <p role="alert" style={{ color: 'var(--theme-error-500)' }}>{state.message}</p> : null}
    </>
  )
}

import type { Locale } from '@atlas/shared/i18n'
import { cmsFetch, type CmsResult } from './cms.server'

/* The "Sécurité du compte" calls (docs/api.md): the cms checks the current password and decides access. */

export type ActiveSession = {
  id: string
  current: boolean
  createdAt: string | null
  lastSeenAt: string | null
  userAgent: string | null
}

export const listSessions = (token: string): Promise<CmsResult<{ sessions: ActiveSession[] }>> =>
  cmsFetch('/api/users/sessions', { token })

export const logoutOtherSessions = (token: string): Promise<CmsResult<{ ended: number }>> =>
  cmsFetch('/api/users/logout-others', { method: 'POST', token })

/** Payload ends every other session itself; this one stays. */
export const changePassword = (
  token: string,
  id: string | number,
  { currentPassword, password }: { currentPassword: string; password: string },
  locale: Locale,
) => cmsFetch(`/api/users/${id}`, { method: 'PATCH', token, locale, body: { currentPassword, password } })

/** The new address waits (pendingEmail) until the link sent to it is opened. */
export const changeEmail = (
  token: string,
  id: string | number,
  { currentPassword, email }: { currentPassword: string; email: string },
  locale: Locale,
) => cmsFetch(`/api/users/${id}`, { method: 'PATCH', token, locale, body: { currentPassword, email } })

import { cookies } from 'next/headers'
import type { ServerProps } from 'payload'
import { heldLoginOf } from '../../twoFactor/pendingSessions'
import { adminLocale } from '../format'
import { TwoFactorForm } from './TwoFactorForm'
import './twoFactor.css'

/**
 * Before the admin's login form (admin.components.beforeLogin): when the
 * browser's token is a login held for its second factor, the code step —
 * or, for staff without TOTP, the enrolment — replaces the password form
 * (docs/decisions/024). The cms decides; this view only asks.
 */
export async function TwoFactorLoginStep({ payload, i18n, searchParams }: ServerProps) {
  const token = (await cookies()).get(`${payload.config.cookiePrefix}-token`)?.value
  const held = token ? await heldLoginOf(payload, token) : null
  if (!held?.pending) return null
  const redirect = typeof searchParams?.redirect === 'string' && searchParams.redirect.startsWith('/admin') ? searchParams.redirect : '/admin'
  return <TwoFactorForm step={held.pending.step} locale={adminLocale(i18n?.language)} redirect={redirect} />
}

import { data, redirect } from 'react-router'
import { isStaff } from '@atlas/shared'
import type { z } from 'zod'
import { cmsFetch } from './cms.server'
import { getLocale } from './i18n.server'
import { requireUser } from './session.server'

/*
 * The investor's profile through the cms REST API, with their own token:
 * the profile they may read is the one Payload's access rules give them.
 */

export type ProfileDoc = Record<string, unknown> & {
  id: number | string
  status?: 'draft' | 'submitted' | 'validated'
  completionPct?: number | null
  riskScore?: number | null
  riskLabel?: string | null
  warnings?: { code: string }[] | null
  monthlyIncomeCents?: number | null
  monthlyExpensesCents?: number | null
  savingsCapacityCents?: number | null
  reviewDueAt?: string | null
}

/** The signed-in investor's profile; staff are sent to the portal home, expired sessions to the login. */
export async function requireProfile(request: Request) {
  const signedIn = await requireUser(request)
  if (isStaff(signedIn.user.role)) throw redirect('/portail')
  const result = await cmsFetch<{ docs: ProfileDoc[] }>('/api/profiles?limit=1&depth=0', { token: signedIn.token })
  if (!result.ok) {
    if (result.status === 401 || result.status === 403) {
      throw redirect(`/connexion?redirectTo=${encodeURIComponent(new URL(request.url).pathname)}`)
    }
    throw data({ reason: 'cms-unavailable' }, { status: 503 })
  }
  const profile = result.data.docs[0]
  if (!profile) throw data({ reason: 'no-profile' }, { status: 404 })
  return { ...signedIn, profile }
}

/** PATCHes the profile; the cms checks the answers again and words its errors in the reader's language. */
export async function saveProfile(request: Request, token: string, id: ProfileDoc['id'], body: Record<string, unknown>) {
  return cmsFetch<{ doc: ProfileDoc }>(`/api/profiles/${id}?depth=0`, {
    method: 'PATCH',
    token,
    body,
    locale: await getLocale(request),
  })
}

/** zod issues of one step as errors by input name (`income.0.amountCents`); a list-wide issue at the step key. */
export function stepErrors(key: string, error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const issue of error.issues) {
    const path = [key, ...issue.path.map(String)].join('.')
    if (!(path in errors)) errors[path] = issue.message
  }
  return errors
}

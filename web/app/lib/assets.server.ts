import { data, redirect } from 'react-router'
import { isStaff } from '@atlas/shared'
import type { Locale } from '@atlas/shared/i18n'
import { cmsFetch, type CmsResult } from './cms.server'
import type { AssetDoc } from './patrimony'
import { requireUser, type SignedIn } from './session.server'

/*
 * The investor's assets through the cms REST API, with their own token: the
 * cms access rules decide what comes back (another investor's id is a 404).
 */

type Page<T> = { docs: T[]; totalDocs: number }

/** Signed in as an investor; staff are sent to the portal, which points them to the admin. */
export async function requireInvestor(request: Request): Promise<SignedIn> {
  const signedIn = await requireUser(request)
  if (isStaff(signedIn.user.role)) throw redirect('/portail', { headers: signedIn.headers })
  return signedIn
}

/** What a failed cms read becomes: sign in again on 401/403, 404 page on 404, the outage page otherwise. */
export function unlessOk<T>(result: CmsResult<T>, request: Request): T {
  if (result.ok) return result.data
  if (result.status === 401 || result.status === 403) {
    throw redirect(`/connexion?redirectTo=${encodeURIComponent(new URL(request.url).pathname)}`)
  }
  if (result.status === 404) throw data({ reason: 'not-found' }, { status: 404 })
  throw data({ reason: 'cms-unavailable' }, { status: 503 })
}

export async function listAssets(request: Request, token: string): Promise<AssetDoc[]> {
  const result = await cmsFetch<Page<AssetDoc>>('/api/assets?limit=200&depth=0&sort=-valueCents', { token })
  return unlessOk(result, request).docs ?? []
}

export async function findAsset(request: Request, token: string, id: string): Promise<AssetDoc> {
  if (!/^\d{1,12}$/.test(id)) throw data({ reason: 'not-found' }, { status: 404 })
  return unlessOk(await cmsFetch<AssetDoc>(`/api/assets/${id}?depth=0`, { token }), request)
}

export const saveAsset = (token: string, locale: Locale, body: Record<string, unknown>, id?: string) =>
  cmsFetch<{ doc: AssetDoc }>(id ? `/api/assets/${id}` : '/api/assets', {
    token,
    locale,
    method: id ? 'PATCH' : 'POST',
    body,
  })

export const deleteAsset = (token: string, locale: Locale, id: string) =>
  cmsFetch(`/api/assets/${id}`, { token, locale, method: 'DELETE' })

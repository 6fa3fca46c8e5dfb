import { data } from 'react-router'
import type { Firm } from '@atlas/shared/payload-types'
import { cmsFetch, type CmsTransport } from './cms.server'

/*
 * The firm's legal information (the cms `firm` global), read anonymously
 * over REST like the other marketing data: fresh on every request, so an
 * admin's change shows on the next page (docs/decisions/027-firm-information.md).
 */

/** What the footer shows of the firm. */
export type FirmFooter = { legalName: string; oriasNumber: string }

/** The whole global, for the legal pages; 503 when the cms is down or the firm was never filled in. */
export async function firmInformation(transport?: CmsTransport): Promise<Firm> {
  const result = await cmsFetch<Firm>('/api/globals/firm?depth=0', {}, transport)
  if (!result.ok || !result.data?.legalName) throw data({ reason: 'cms-unavailable' }, { status: 503 })
  return result.data
}

/** The footer's line; null (the footer shows its links only) rather than a failed page when the cms cannot answer. */
export async function firmFooter(transport?: CmsTransport): Promise<FirmFooter | null> {
  const result = await cmsFetch<Partial<Firm>>('/api/globals/firm?depth=0&select[legalName]=true&select[orias]=true', {}, transport)
  if (!result.ok || !result.data?.legalName) return null
  return { legalName: result.data.legalName, oriasNumber: result.data.orias?.number ?? '' }
}

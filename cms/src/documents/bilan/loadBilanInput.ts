import type { Payload, PayloadRequest } from 'payload'
import type { Profile } from '@atlas/shared/payload-types'
import type { AssetDoc } from '@atlas/shared/patrimony/groups'
import { readNetWorthHistory } from '../../endpoints/netWorthHistorySql'
import type { BilanInput } from './model'

/** The bilan shows 24 Paris months of net worth (the portal's chart shows 12). */
export const BILAN_HISTORY_MONTHS = 24

/**
 * What the bilan of `investorId` is made from, read as trusted server code
 * (overrideAccess: the generate endpoint decided who may ask): the profile,
 * every asset and liability (as the advisor's client page reads them), the
 * net-worth history by the same SQL as GET /api/assets/net-worth-history,
 * and the advisor's comment.
 */
export async function loadBilanInput(payload: Payload, investorId: number, req?: PayloadRequest, now = new Date()): Promise<BilanInput> {
  const trusted = { overrideAccess: true, depth: 0, req } as const
  const [profiles, assets, history, comments] = await Promise.all([
    payload.find({ collection: 'profiles', where: { owner: { equals: investorId } }, limit: 1, ...trusted }),
    payload.find({ collection: 'assets', where: { owner: { equals: investorId } }, limit: 1000, sort: '-valueCents', pagination: false, ...trusted }),
    readNetWorthHistory(payload, investorId, BILAN_HISTORY_MONTHS),
    payload.find({ collection: 'advisor-comments', where: { investor: { equals: investorId } }, limit: 1, ...trusted }),
  ])
  return {
    now,
    profile: (profiles.docs[0] as Profile | undefined) ?? null,
    assets: assets.docs as unknown as AssetDoc[],
    history,
    comment: comments.docs[0]?.body ?? null,
  }
}

import { investorSummary, type InvestorSummary } from '@atlas/shared/assistant'
import type { Payload, TypedUser } from 'payload'

/**
 * The summary of the asking investor's own profile and assets, read AS the
 * investor (overrideAccess: false), so Payload's access rules — not this
 * code — guarantee that nobody else's document can reach the provider.
 */
export async function investorContext(payload: Payload, user: TypedUser, now: Date): Promise<InvestorSummary> {
  const [profiles, assets] = await Promise.all([
    payload.find({ collection: 'profiles', user, overrideAccess: false, limit: 1, depth: 0, where: { owner: { equals: user.id } } }),
    payload.find({ collection: 'assets', user, overrideAccess: false, limit: 500, depth: 0, pagination: false, where: { owner: { equals: user.id } } }),
  ])
  return investorSummary(
    (profiles.docs[0] as unknown as Record<string, unknown>) ?? null,
    assets.docs.map((doc) => ({ kind: doc.kind, category: doc.category, valueCents: doc.valueCents, ownershipSharePct: doc.ownershipSharePct })),
    now,
  )
}

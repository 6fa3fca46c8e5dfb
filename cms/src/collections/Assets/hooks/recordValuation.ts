import type { CollectionAfterChangeHook } from 'payload'

const ownerId = (owner: unknown) =>
  typeof owner === 'object' && owner !== null ? (owner as { id: number }).id : (owner as number)

/** The versements of an asset document as a number, null when not known. */
const contributionsOf = (doc: { contributionsCents?: unknown } | undefined): number | null =>
  doc?.contributionsCents === null || doc?.contributionsCents === undefined ? null : Number(doc.contributionsCents)

/**
 * Keeps the dated valuation points that net worth over time is drawn from:
 * one on create, one whenever the value, the versements, the share owned
 * or the kind changes (versements are kept on the point so a period's gain
 * does not count new money as gain — decision 030). Same transaction as the asset (`req`), so either both are saved
 * or neither.
 */
export const recordValuation: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, context }) => {
  const changed =
    operation === 'create' ||
    Number(previousDoc?.valueCents) !== Number(doc.valueCents) ||
    contributionsOf(previousDoc) !== contributionsOf(doc) ||
    Number(previousDoc?.ownershipSharePct ?? 100) !== Number(doc.ownershipSharePct ?? 100) ||
    previousDoc?.kind !== doc.kind
  if (!changed) return doc
  const valuedAt = typeof context.valuedAt === 'string' ? context.valuedAt : new Date().toISOString()
  await req.payload.create({
    collection: 'asset-valuations',
    data: {
      asset: doc.id,
      owner: ownerId(doc.owner),
      valuedAt,
      valueCents: doc.valueCents,
      contributionsCents: contributionsOf(doc),
      ownershipSharePct: doc.ownershipSharePct ?? 100,
      kind: doc.kind,
    },
    overrideAccess: true,
    req,
  })
  return doc
}

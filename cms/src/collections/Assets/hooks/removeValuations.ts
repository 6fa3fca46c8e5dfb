import type { CollectionBeforeDeleteHook } from 'payload'

/** An asset's valuation history goes with it, in the same transaction. */
export const removeValuations: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: 'asset-valuations',
    where: { asset: { equals: id } },
    overrideAccess: true,
    req,
  })
}

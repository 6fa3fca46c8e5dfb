import { testPayload } from './payload'

/** An asset's valuation points, oldest first, as stored. */
export const valuationPointsOf = async (asset: number) =>
  (
    await (await testPayload()).find({
      collection: 'asset-valuations',
      where: { asset: { equals: asset } },
      overrideAccess: true,
      sort: 'valuedAt',
      pagination: false,
    })
  ).docs

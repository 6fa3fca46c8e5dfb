import type { CollectionAfterChangeHook } from 'payload'

/** Every investor has exactly one profile, created with the account. */
export const createProfileForInvestor: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create' || doc.role !== 'investor') return doc
  await req.payload.create({
    collection: 'profiles',
    data: { owner: doc.id, status: 'draft' },
    overrideAccess: true,
    req,
  })
  return doc
}

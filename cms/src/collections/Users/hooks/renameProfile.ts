import type { CollectionAfterChangeHook } from 'payload'

/** When an investor's name changes, their profile's admin title follows (nameAfterOwner reads it again). */
export const renameProfile: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || doc.name === previousDoc?.name) return doc
  await req.payload.update({
    collection: 'profiles',
    where: { owner: { equals: doc.id } },
    data: {},
    overrideAccess: true,
    req,
  })
  return doc
}

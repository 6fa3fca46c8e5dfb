import type { CollectionBeforeChangeHook } from 'payload'

/** The profile's admin title is its investor's name, read from the owner on every write (see Users' renameProfile). */
export const nameAfterOwner: CollectionBeforeChangeHook = async ({ data, req }) => {
  const owner = data.owner
  const id = typeof owner === 'object' && owner !== null ? (owner as { id?: number }).id : owner
  if (id === undefined || id === null) return data
  const user = await req.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, req, disableErrors: true })
  return { ...data, title: user?.name ?? null }
}

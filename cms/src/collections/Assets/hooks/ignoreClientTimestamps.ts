import type { CollectionBeforeValidateHook } from 'payload'

/**
 * `id`, `createdAt` and `updatedAt` are Payload's to set. A client sending
 * them (`"createdAt": null`, `"1e3"`) would otherwise reach the database and
 * fail there as a 500; they are dropped instead.
 */
export const ignoreClientTimestamps: CollectionBeforeValidateHook = ({ data }) => {
  if (!data) return data
  delete data.id
  delete data.createdAt
  delete data.updatedAt
  return data
}

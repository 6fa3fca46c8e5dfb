import type { Access, AccessArgs, AccessResult, Where } from 'payload'

/**
 * A `read` answer written for documents, rewritten for their versions: a
 * version row keeps the document under `version.*` and its id as `parent`.
 * `{ owner: { equals: 7 } }` becomes `{ 'version.owner': { equals: 7 } }`,
 * `{ id: { in: [1, 2] } }` becomes `{ parent: { in: [1, 2] } }`; `and`/`or`
 * are rewritten branch by branch.
 */
export const versionsWhere = (where: Where): Where =>
  Object.fromEntries(
    Object.entries(where).map(([key, value]) => {
      if ((key === 'and' || key === 'or') && Array.isArray(value)) return [key, (value as Where[]).map(versionsWhere)]
      return [key === 'id' ? 'parent' : `version.${key}`, value]
    }),
  ) as Where

const asVersions = (result: AccessResult): AccessResult => (typeof result === 'object' ? versionsWhere(result) : result)

/** Payload's own default when a collection sets no rule: any signed-in user. */
const signedIn: Access = ({ req: { user } }) => Boolean(user)

/**
 * The `readVersions` rule of a versioned collection or global: whoever may
 * not read a document may not read any of its versions. The collection's
 * `read` is applied to the versions' `version.*` fields; a `readVersions`
 * the collection sets itself (e.g. editors only) narrows that further but
 * can never widen it (docs/decisions/021-every-route-payload-mounts.md).
 */
export const readVersionsFrom = (read: Access | undefined, own?: Access): Access => {
  const documents = read ?? signedIn
  return async (args: AccessArgs) => {
    const fromRead = asVersions(await documents(args))
    if (!fromRead || !own) return fromRead
    const fromOwn = await own(args)
    if (!fromOwn) return false
    if (fromRead === true) return fromOwn
    if (fromOwn === true) return fromRead
    return { and: [fromRead, fromOwn] }
  }
}

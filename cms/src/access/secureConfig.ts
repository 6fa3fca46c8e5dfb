import { isStaff } from '@atlas/shared'
import { NotFound, type Access, type CollectionBeforeOperationHook, type SanitizedConfig } from 'payload'
import { PUBLIC_USER_FIELDS, readsPrivateUserFields } from '../collections/Users/publicFields'
import { privateByDefault } from './privateFields'
import { admins } from './admins'
import { roleOf } from './roleOf'
import { readVersionsFrom } from './versionAccess'
import { guardPreferenceKeys } from './preferenceKeys'

/** Document locks are the admin panel's (staff); Payload opens them to any signed-in account. */
const staff: Access = ({ req: { user } }) => isStaff(roleOf(user))

const idOf = (value: unknown): unknown => (typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value)

/**
 * Payload's admin writes preferences through /payload-preferences/:key (the
 * caller's own, whatever the rules); a plain create may only be a staff
 * member's own preference, never someone else's.
 */
const ownPreference: Access = ({ req: { user }, data }) => {
  const target = (data as { user?: { relationTo?: unknown; value?: unknown } } | undefined)?.user
  return Boolean(user) && isStaff(roleOf(user)) && target?.relationTo === 'users' && String(idOf(target.value)) === String(user!.id)
}

const SECURED = Symbol.for('atlas.secured')

/** Payload mounts /versions routes on every collection; where nothing is versioned they answer 404, not a database error. */
const VERSION_OPERATIONS = new Set(['findVersions', 'findVersionByID', 'restoreVersion'])
const noVersions: CollectionBeforeOperationHook = ({ operation, args, req }) => {
  if (VERSION_OPERATIONS.has(operation)) throw new NotFound(req.t)
  return args
}

/**
 * Runs once over the sanitized config, so it also reaches what Payload adds
 * itself (its internal collections) and whatever collection or global is
 * added later: every versioned entity gets `readVersions` derived from its
 * `read` (versionAccess.ts); Payload's document locks are staff-only and
 * its preferences their owner's; an account's fields are private but for
 * PUBLIC_USER_FIELDS (collections/Users/publicFields.ts).
 * Restoring a version (POST /<slug>/versions/:id) is checked by Payload
 * against `update` on the document, so it needs nothing here.
 */
export const secureConfig = (config: SanitizedConfig): SanitizedConfig => {
  const collectionSlugs = new Set<string>(config.collections.map((collection) => collection.slug))
  for (const entity of [...config.collections, ...(config.globals ?? [])]) {
    const access = entity.access as Record<string | symbol, unknown> & { read?: Access; readVersions?: Access }
    if (access[SECURED]) continue
    access[SECURED] = true
    if (entity.versions) {
      access.readVersions = readVersionsFrom(access.read, access.readVersions)
    } else if (collectionSlugs.has(entity.slug) && 'hooks' in entity) {
      // A collection without versions: nobody reads versions it does not have.
      access.readVersions = () => false
      const hooks = (entity as SanitizedConfig['collections'][number]).hooks
      hooks.beforeOperation = [noVersions, ...(hooks.beforeOperation ?? [])]
    }
  }
  const slugged = (slug: string) => config.collections.find((collection) => collection.slug === slug)
  const locks = slugged('payload-locked-documents')
  if (locks) Object.assign(locks.access, { create: staff, read: staff, update: staff, delete: staff })
  const preferences = slugged('payload-preferences')
  if (preferences) preferences.access.create = ownPreference
  guardPreferenceKeys(config)
  const users = slugged('users') as (SanitizedConfig['collections'][number] & { [SECURED]?: boolean }) | undefined
  if (users && !users[SECURED]) {
    privateByDefault(users, PUBLIC_USER_FIELDS, readsPrivateUserFields)
    users[SECURED] = true
  }
  // Payload's job statistics global (scheduling state) is open to any signed-in account by default.
  const jobStats = config.globals.find((global) => global.slug === 'payload-jobs-stats')
  if (jobStats) Object.assign(jobStats.access, { read: admins, update: admins, readVersions: admins, readDrafts: admins })
  return config
}

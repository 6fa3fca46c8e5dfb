import { isStaff } from '@atlas/shared'
import type { Access, SanitizedConfig } from 'payload'
import { roleOf } from './roleOf'
import { readVersionsFrom } from './versionAccess'

/** Document locks are the admin panel's (staff); Payload opens them to any signed-in account. */
const staff: Access = ({ req: { user } }) => isStaff(roleOf(user))

const DERIVED = Symbol.for('atlas.readVersionsDerived')

/**
 * Runs once over the sanitized config, so it also reaches what Payload adds
 * itself (its internal collections) and whatever collection or global is
 * added later: every versioned entity gets `readVersions` derived from its
 * `read` (versionAccess.ts), and Payload's document locks are staff-only.
 * Restoring a version (POST /<slug>/versions/:id) is checked by Payload
 * against `update` on the document, so it needs nothing here.
 */
export const secureConfig = (config: SanitizedConfig): SanitizedConfig => {
  for (const entity of [...config.collections, ...(config.globals ?? [])]) {
    if (!entity.versions) continue
    const access = entity.access as Record<string | symbol, unknown> & { read?: Access; readVersions?: Access }
    if (access[DERIVED]) continue
    access.readVersions = readVersionsFrom(access.read, access.readVersions)
    access[DERIVED] = true
  }
  const locks = config.collections.find((collection) => collection.slug === 'payload-locked-documents')
  if (locks) Object.assign(locks.access, { create: staff, read: staff, update: staff, delete: staff })
  return config
}

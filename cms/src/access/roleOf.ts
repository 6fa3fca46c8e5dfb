import { isRole, type Role } from '@atlas/shared'

/** The role of the requesting user, or null for anonymous / malformed users. */
export const roleOf = (user: unknown): Role | null => {
  const role = (user as { role?: unknown } | null | undefined)?.role
  return isRole(role) ? role : null
}

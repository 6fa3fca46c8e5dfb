import type { Access } from 'payload'
import { roleOf } from './roleOf'

/** Admins act on every account; anyone else only on their own. */
export const adminOrSelf: Access = ({ req: { user } }) => {
  const role = roleOf(user)
  if (!user || !role) return false
  if (role === 'admin') return true
  return { id: { equals: user.id } }
}

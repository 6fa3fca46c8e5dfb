import type { Access } from 'payload'
import { roleOf } from './roleOf'

/** Investors act on their own documents (field `owner`), admins on all. */
export const ownerOrAdmin: Access = ({ req: { user } }) => {
  const role = roleOf(user)
  if (!user || !role) return false
  if (role === 'admin') return true
  if (role === 'investor') return { owner: { equals: user.id } }
  return false
}

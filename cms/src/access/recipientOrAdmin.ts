import type { Access } from 'payload'
import { roleOf } from './roleOf'

/** Notifications: each person their own (field `recipient`), admins all. */
export const recipientOrAdmin: Access = ({ req: { user } }) => {
  const role = roleOf(user)
  if (!user || !role) return false
  if (role === 'admin') return true
  return { recipient: { equals: user.id } }
}

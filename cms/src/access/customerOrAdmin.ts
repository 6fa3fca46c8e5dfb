import type { Access } from 'payload'
import { roleOf } from './roleOf'

/** Invoices: the customer reads their own, admins all. */
export const customerOrAdmin: Access = ({ req: { user } }) => {
  const role = roleOf(user)
  if (!user || !role) return false
  if (role === 'admin') return true
  if (role === 'investor') return { customer: { equals: user.id } }
  return false
}

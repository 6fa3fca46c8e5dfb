import type { Access, Where } from 'payload'
import { roleOf } from './roleOf'

/** Invoices and credit notes: the customer reads their own once issued (a draft is the admin's work), admins all. */
export const issuedToCustomerOrAdmin: Access = ({ req: { user } }) => {
  const role = roleOf(user)
  if (!user || !role) return false
  if (role === 'admin') return true
  if (role === 'investor') {
    const own: Where = { and: [{ customer: { equals: user.id } }, { status: { equals: 'issued' } }] }
    return own
  }
  return false
}

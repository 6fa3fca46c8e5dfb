import type { Access, Where } from 'payload'
import { roleOf } from './roleOf'

/**
 * Client documents (decision 038): the investor they concern, that
 * investor's advisor (`advisor` on the investor's user), admins. A `Where`,
 * so lists, counts and every route by `where` filter the same way.
 */
export const documentReaders: Access = ({ req: { user } }) => {
  const role = roleOf(user)
  if (!user || !role) return false
  if (role === 'admin') return true
  const own: Where = { investor: { equals: user.id } }
  const clients: Where = { 'investor.advisor': { equals: user.id } }
  if (role === 'investor') return own
  if (role === 'advisor') return clients
  return false
}

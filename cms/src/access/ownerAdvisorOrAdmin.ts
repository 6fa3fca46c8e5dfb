import type { Access, Where } from 'payload'
import { roleOf } from './roleOf'

/**
 * Investors reach their own documents; advisors those of their clients
 * (investors whose `advisor` is them); admins all. Editors: none.
 */
export const ownerAdvisorOrAdmin: Access = ({ req: { user } }) => {
  const role = roleOf(user)
  if (!user || !role) return false
  if (role === 'admin') return true
  const own: Where = { owner: { equals: user.id } }
  const clients: Where = { 'owner.advisor': { equals: user.id } }
  if (role === 'investor') return own
  if (role === 'advisor') return clients
  return false
}

import type { Access, Where } from 'payload'
import { roleOf } from './roleOf'

/**
 * For records about one investor held in an `investor` field (advisor
 * comments, client documents — decision 038): the investor reads their own, their advisor reaches them,
 * admins all. `ownerAdvisorOrAdmin` is the same rule on an `owner` field.
 */
export const investorAdvisorOrAdmin: Access = ({ req: { user } }) => {
  const role = roleOf(user)
  if (!user || !role) return false
  if (role === 'admin') return true
  const own: Where = { investor: { equals: user.id } }
  const clients: Where = { 'investor.advisor': { equals: user.id } }
  if (role === 'investor') return own
  if (role === 'advisor') return clients
  return false
}

/** The investor's advisor and admins only (the investor reads, does not write). */
export const investorsAdvisorOrAdmin: Access = ({ req: { user } }) => {
  const role = roleOf(user)
  if (!user || !role) return false
  if (role === 'admin') return true
  const clients: Where = { 'investor.advisor': { equals: user.id } }
  return role === 'advisor' ? clients : false
}

import type { Access } from 'payload'
import { roleOf } from './roleOf'

/** Advisors work their own prospects (field `ownerAdvisor`); admins all. */
export const prospectsVisible: Access = ({ req: { user } }) => {
  const role = roleOf(user)
  if (!user || !role) return false
  if (role === 'admin') return true
  if (role === 'advisor') return { ownerAdvisor: { equals: user.id } }
  return false
}

import type { Access, Where } from 'payload'
import { roleOf } from './roleOf'

/** The history of an investor's advisors: admins all; an advisor the changes that gave them or took from them a client. */
export const advisorAssignmentsVisible: Access = ({ req: { user } }) => {
  const role = roleOf(user)
  if (!user || !role) return false
  if (role === 'admin') return true
  const concerned: Where = { or: [{ fromAdvisor: { equals: user.id } }, { toAdvisor: { equals: user.id } }] }
  if (role === 'advisor') return concerned
  return false
}

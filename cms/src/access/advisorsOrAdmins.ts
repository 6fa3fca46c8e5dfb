import type { Access } from 'payload'
import { roleOf } from './roleOf'

/** Advisors and admins (e.g. writing to a client). */
export const advisorsOrAdmins: Access = ({ req: { user } }) => {
  const role = roleOf(user)
  return role === 'advisor' || role === 'admin'
}

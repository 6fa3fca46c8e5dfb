import type { Access } from 'payload'
import { roleOf } from './roleOf'

/** Creating personal records (assets): investors for themselves, and admins. */
export const investorsOrAdmins: Access = ({ req: { user } }) => {
  const role = roleOf(user)
  return role === 'investor' || role === 'admin'
}

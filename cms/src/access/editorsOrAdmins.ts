import type { Access } from 'payload'
import { roleOf } from './roleOf'

/** Content authors: editors and admins. */
export const editorsOrAdmins: Access = ({ req: { user } }) => {
  const role = roleOf(user)
  return role === 'editor' || role === 'admin'
}

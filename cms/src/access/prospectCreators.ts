import type { Access } from 'payload'
import { roleOf } from './roleOf'

/**
 * A prospect is created by a visitor's contact request (anonymous), by an
 * advisor, or by an admin. Signed-in investors and editors have no reason to.
 */
export const prospectCreators: Access = ({ req: { user } }) => {
  if (!user) return true
  const role = roleOf(user)
  return role === 'advisor' || role === 'admin'
}

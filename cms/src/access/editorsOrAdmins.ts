import type { Access, FieldAccess } from 'payload'
import { roleOf } from './roleOf'

/** Content authors: editors and admins. */
export const editorsOrAdmins: Access = ({ req: { user } }) => {
  const role = roleOf(user)
  return role === 'editor' || role === 'admin'
}

/**
 * Field-level twin: only authors read the field. Used for a quiz's correct
 * options and explanations, which investors get back only from the
 * submit-quiz endpoint, after answering.
 */
export const editorsOrAdminsField: FieldAccess = ({ req: { user } }) => {
  const role = roleOf(user)
  return role === 'editor' || role === 'admin'
}

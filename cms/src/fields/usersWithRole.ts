import type { FilterOptions } from 'payload'
import type { Role } from '@atlas/shared'
import { roleOf } from '../access/roleOf'

/**
 * Restricts a relationship to users of one role, for the staff who choose
 * it in the admin. Payload also re-checks the filter on every save *with the
 * saver's own read access*: an investor saving their own record cannot read
 * their advisor's account, so the filter applies only to staff (who are the
 * only ones allowed to change these fields anyway, by field access).
 */
export const usersWithRole =
  (role: Role): FilterOptions =>
  ({ req }) => {
    const editor = roleOf(req.user)
    return editor === 'admin' || editor === 'advisor' ? { role: { equals: role } } : true
  }

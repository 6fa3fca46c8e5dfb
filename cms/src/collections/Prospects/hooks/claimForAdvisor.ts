import type { CollectionBeforeChangeHook } from 'payload'
import { roleOf } from '../../../access/roleOf'

/**
 * A prospect an advisor creates is theirs, whatever `ownerAdvisor` the
 * request says: without it they could not read back what they had just
 * saved (read access is `ownerAdvisor = me`), nor open or invite it.
 * Admins choose the owner. See docs/decisions/025.
 */
export const claimForAdvisor: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create' && req.user && roleOf(req.user) === 'advisor') data.ownerAdvisor = req.user.id
  return data
}

import type { CollectionBeforeChangeHook } from 'payload'
import { roleOf } from '../access/roleOf'

/** An investor's new record (asset, conversation) is always theirs, whatever `owner` the request says. */
export const assignOwner: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create' && req.user && roleOf(req.user) === 'investor') {
    data.owner = req.user.id
  }
  return data
}

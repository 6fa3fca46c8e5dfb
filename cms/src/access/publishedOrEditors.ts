import type { Access } from 'payload'
import { roleOf } from './roleOf'

/**
 * Editors and admins read every version (drafts included); everyone else,
 * signed in or not, reads only what is published.
 */
export const publishedOrEditors: Access = ({ req: { user } }) => {
  const role = roleOf(user)
  if (role === 'editor' || role === 'admin') return true
  return { _status: { equals: 'published' } }
}

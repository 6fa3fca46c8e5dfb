import type { Access, Where } from 'payload'
import { roleOf } from './roleOf'

const idOf = (value: unknown): number | string | undefined =>
  typeof value === 'object' && value !== null ? (value as { id?: number | string }).id : (value as number | string | undefined)

/**
 * Who can read accounts: admins all; advisors themselves and their clients;
 * investors themselves and their own advisor (whom they need to know);
 * editors only themselves.
 */
export const usersVisible: Access = ({ req: { user } }) => {
  const role = roleOf(user)
  if (!user || !role) return false
  if (role === 'admin') return true
  const self: Where = { id: { equals: user.id } }
  if (role === 'advisor') return { or: [self, { advisor: { equals: user.id } }] }
  const advisor = role === 'investor' ? idOf((user as { advisor?: unknown }).advisor) : undefined
  return advisor === undefined ? self : { or: [self, { id: { equals: advisor } }] }
}

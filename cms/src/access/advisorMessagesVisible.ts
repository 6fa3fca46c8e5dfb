import type { Access, Where } from 'payload'
import { roleOf } from './roleOf'

/** A message to a client: its advisor (sender) and its client read it; admins all; nobody else. */
export const advisorMessagesVisible: Access = ({ req: { user } }) => {
  const role = roleOf(user)
  if (!user || !role) return false
  if (role === 'admin') return true
  const sent: Where = { advisor: { equals: user.id } }
  const received: Where = { client: { equals: user.id } }
  if (role === 'advisor') return sent
  if (role === 'investor') return received
  return false
}

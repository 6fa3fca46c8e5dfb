import type { Access, Where } from 'payload'
import { roleOf } from '../../access/roleOf'

const clientsOf = (advisorId: number | string): Where => ({ 'investor.advisor': { equals: advisorId } })
const draft: Where = { status: { equals: 'draft' } }

/**
 * Recommendations: the investor's advisor and admins read all of them; the
 * investor reads their FINAL ones only (a draft is the advisor's work in
 * progress); nobody else.
 */
export const recommendationsVisible: Access = ({ req: { user } }) => {
  const role = roleOf(user)
  if (!user || !role) return false
  if (role === 'admin') return true
  if (role === 'advisor') return clientsOf(user.id)
  if (role === 'investor') return { and: [{ investor: { equals: user.id } }, { status: { equals: 'final' } }] }
  return false
}

/**
 * Changed or deleted as drafts only, by the investor's advisor or an admin: a
 * final recommendation matches no one's rule, so every route (by id, bulk by
 * `where`) refuses it; hooks/keepFinal.ts refuses trusted code too.
 */
export const recommendationDrafts: Access = ({ req: { user } }) => {
  const role = roleOf(user)
  if (!user || !role) return false
  if (role === 'admin') return draft
  if (role === 'advisor') return { and: [clientsOf(user.id), draft] }
  return false
}

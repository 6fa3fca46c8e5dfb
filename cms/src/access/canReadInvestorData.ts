import type { PayloadRequest } from 'payload'
import { roleOf } from './roleOf'

/**
 * The rule of `ownerAdvisorOrAdmin`, asked about one investor instead of a
 * query: may the requesting user read the records owned by `investorId`?
 * Investors: only themselves; advisors: their clients; admins: everyone.
 */
export async function canReadInvestorData(req: PayloadRequest, investorId: number): Promise<boolean> {
  const { user } = req
  const role = roleOf(user)
  if (!user || !role) return false
  if (role === 'admin') return true
  if (role === 'investor') return user.id === investorId
  if (role !== 'advisor') return false
  const investor = await req.payload.findByID({
    collection: 'users',
    id: investorId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    select: { advisor: true, role: true },
    req,
  })
  const advisor = investor?.advisor
  const advisorId = typeof advisor === 'object' && advisor !== null ? (advisor as { id: unknown }).id : advisor
  return investor?.role === 'investor' && advisorId === user.id
}

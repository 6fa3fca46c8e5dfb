import type { Access } from 'payload'
import { roleOf } from './roleOf'

/**
 * Invoices: admins change or delete drafts only. An issued invoice or credit
 * note matches no one's rule, so every route (by id, bulk by `where`) refuses
 * it — docs/decisions/035-invoices.md; the hooks refuse trusted code too.
 */
export const draftsForAdmins: Access = ({ req: { user } }) => (roleOf(user) === 'admin' ? { status: { equals: 'draft' } } : false)

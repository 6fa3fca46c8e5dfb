import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'
import { roleOf } from './roleOf'

type Pool = { query: (sql: string, values?: unknown[]) => Promise<{ rows: { email: string }[] }> }

/** The addresses of an advisor's clients and prospects (one query; both lists are that advisor's book). */
const bookOf = async (req: PayloadRequest, advisorId: number | string): Promise<string[]> => {
  const { rows } = await (req.payload.db as unknown as { pool: Pool }).pool.query(
    `select email from users where role = 'investor' and advisor_id = $1
      union
     select email from prospects where owner_advisor_id = $1`,
    [advisorId],
  )
  return rows.map((r) => r.email)
}

/**
 * The outbox: admins every mail; an advisor the mails sent to their own
 * clients and prospects ("did my client get the invitation?"); nobody else.
 * See docs/decisions/025-every-investor-has-an-advisor.md.
 */
export const outboxVisible: Access = async ({ req }) => {
  const role = roleOf(req.user)
  if (!req.user || !role) return false
  if (role === 'admin') return true
  if (role !== 'advisor') return false
  const addresses = await bookOf(req, req.user.id)
  // No client yet: a condition nothing matches (a list answers empty, a document 404).
  const mine: Where = addresses.length > 0 ? { to: { in: addresses } } : { id: { equals: 0 } }
  return mine
}

/**
 * A mail's body is the admins' only: invitation, verification and
 * password-reset mails carry the link that opens the account.
 */
export const outboxBodyReaders: FieldAccess = ({ req: { user } }) => roleOf(user) === 'admin'

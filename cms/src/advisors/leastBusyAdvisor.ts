import type { Payload } from 'payload'

type Queryable = { pool: { query: (sql: string, values?: unknown[]) => Promise<{ rows: { id: number }[] }> } }

/**
 * The advisor with the least work: open prospects (stage neither won nor
 * lost) plus clients (investors whose advisor they are); ties go to the
 * longest-standing advisor (lowest id). Advisors who accept new clients
 * first (users.acceptsNewClients); if none does, any advisor, so nobody is
 * left without one. One aggregate query. Used for a
 * visitor's contact request, a self sign-up and the backfill of investors
 * without an advisor — see docs/decisions/009 and 025.
 */
export const leastBusyAdvisor = async (payload: Payload): Promise<number | null> => {
  const { rows } = await (payload.db as unknown as Queryable).pool.query(
    `select u.id from users u
      where u.role = 'advisor'
      order by coalesce(u.accepts_new_clients, true) desc,
               (select count(*) from prospects p where p.owner_advisor_id = u.id and p.stage not in ('won', 'lost'))
             + (select count(*) from users c where c.advisor_id = u.id and c.role = 'investor'),
               u.id
      limit 1`,
  )
  return rows[0]?.id ?? null
}

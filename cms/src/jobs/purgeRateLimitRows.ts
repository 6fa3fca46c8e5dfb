import type { Payload, TaskConfig } from 'payload'
import { startOfMonthParis } from '@atlas/shared/billing/parisMonth'
import { DEFAULT_QUEUE } from './queues'

/**
 * contact-attempts (salted IP hashes of contact requests, failed logins and
 * sign-ups, cms/src/rateLimit) and assistant-requests only exist to count
 * requests in the last hour (docs/decisions/008, 015 and 018). Past a day
 * they serve nothing: keeping them would only store who wrote to us or asked
 * the assistant, and when. One DELETE per table, on the created_at index.
 * Assistant requests also count toward the plan's monthly allowance
 * (docs/decisions/036-entitlements.md): they are kept from the start of the
 * current Paris month (and a day at least), then deleted.
 */
export const RATE_LIMIT_ROWS_KEPT_MS = 24 * 60 * 60 * 1000

const TABLES = { contactAttempts: 'contact_attempts', assistantRequests: 'assistant_requests' } as const

type Pool = { query: (sql: string, values?: unknown[]) => Promise<{ rows: { deleted: string }[] }> }

export async function purgeRateLimitRows(payload: Payload, now = new Date()): Promise<Record<keyof typeof TABLES, number>> {
  const pool = (payload.db as unknown as { pool: Pool }).pool
  const before = new Date(now.getTime() - RATE_LIMIT_ROWS_KEPT_MS)
  const monthStart = startOfMonthParis(now)
  const deleted = async (table: string, until: Date) => {
    const { rows } = await pool.query(`with d as (delete from ${table} where created_at < $1 returning 1) select count(*) as deleted from d`, [until])
    return Number(rows[0]?.deleted ?? 0)
  }
  return {
    contactAttempts: await deleted(TABLES.contactAttempts, before),
    assistantRequests: await deleted(TABLES.assistantRequests, monthStart < before ? monthStart : before),
  }
}

/** Every hour, at a quiet minute. */
export const purgeRateLimitRowsTask: TaskConfig<{ input: object; output: { contactAttempts: number; assistantRequests: number } }> = {
  slug: 'purgeRateLimitRows',
  label: 'Purge rate-limit rows older than a day',
  schedule: [{ cron: '17 * * * *', queue: DEFAULT_QUEUE }],
  outputSchema: [
    { name: 'contactAttempts', type: 'number' },
    { name: 'assistantRequests', type: 'number' },
  ],
  handler: async ({ req }) => ({ output: await purgeRateLimitRows(req.payload) }),
}

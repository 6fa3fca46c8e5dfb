import { describe, expect, it } from 'vitest'
import { createAccount } from '../../tests/support/accounts'
import { testPayload } from '../../tests/support/payload'
import { startOfMonthParis } from '@atlas/shared/billing/parisMonth'
import { purgeRateLimitRows, RATE_LIMIT_ROWS_KEPT_MS } from '../src/jobs/purgeRateLimitRows'

/** The hourly purge keeps a day of rate-limit rows and deletes the rest, of both tables; assistant requests stay for the Paris month (decision 036). */

type Pool = { query: (sql: string, values?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> }

describe('purge of rate-limit rows', () => {
  it('deletes contact attempts older than a day and assistant requests from before this month, keeps the rest', async () => {
    const payload = await testPayload()
    const pool = (payload.db as unknown as { pool: Pool }).pool
    const investor = await createAccount('investor')
    const tag = Math.random().toString(36).slice(2, 10)
    const now = new Date()
    const ago = (ms: number) => new Date(now.getTime() - ms)

    const attempt = (createdAt: Date) =>
      payload.create({ collection: 'contact-attempts', overrideAccess: true, data: { ipHash: `${tag}`, createdAt: createdAt.toISOString() } as never })
    const question = (createdAt: Date) =>
      payload.create({ collection: 'assistant-requests', overrideAccess: true, data: { owner: investor.id, createdAt: createdAt.toISOString() } as never })
    const [oldAttempt, recentAttempt, oldQuestion, recentQuestion] = [
      await attempt(ago(RATE_LIMIT_ROWS_KEPT_MS + 60_000)),
      await attempt(ago(RATE_LIMIT_ROWS_KEPT_MS - 60_000)),
      await question(ago(40 * RATE_LIMIT_ROWS_KEPT_MS)),
      await question(ago(60_000)),
    ]
    // Payload may set createdAt itself: make the dates what this test says, in the rows.
    await pool.query('update contact_attempts set created_at = $2 where id = $1', [oldAttempt.id, ago(RATE_LIMIT_ROWS_KEPT_MS + 60_000)])
    await pool.query('update assistant_requests set created_at = $2 where id = $1', [oldQuestion.id, ago(40 * RATE_LIMIT_ROWS_KEPT_MS)])

    const purged = await purgeRateLimitRows(payload, now)
    expect(purged.contactAttempts).toBeGreaterThanOrEqual(1)
    expect(purged.assistantRequests).toBeGreaterThanOrEqual(1)

    const left = async (table: string, ids: unknown[]) =>
      (await pool.query(`select id from ${table} where id = any($1::int[]) order by id`, [ids])).rows.map((r) => r.id)
    expect(await left('contact_attempts', [oldAttempt.id, recentAttempt.id])).toEqual([recentAttempt.id])
    expect(await left('assistant_requests', [oldQuestion.id, recentQuestion.id])).toEqual([recentQuestion.id])

    // A question of earlier this month (or of the last day, on the 1st) still counts toward the monthly allowance.
    const monthStart = startOfMonthParis(now)
    const earlier = new Date(Math.min(monthStart.getTime() + 60_000, now.getTime() - 60_000))
    const thisMonth = await question(earlier)
    await pool.query('update assistant_requests set created_at = $2 where id = $1', [thisMonth.id, earlier])
    await purgeRateLimitRows(payload, now)
    expect(await left('assistant_requests', [thisMonth.id])).toEqual([thisMonth.id])

    // A second run finds nothing more of these.
    await purgeRateLimitRows(payload, now)
    expect(await left('contact_attempts', [recentAttempt.id])).toEqual([recentAttempt.id])
  })
})

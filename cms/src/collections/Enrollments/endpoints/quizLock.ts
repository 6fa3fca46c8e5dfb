import { sql } from '@payloadcms/db-postgres'
import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

type Sessions = { sessions: Record<string, { db: { execute: (query: unknown) => Promise<unknown> } } | undefined> }

/**
 * Runs `work` in one transaction holding a PostgreSQL advisory lock on this
 * investor × course, so two submissions sent at once are scored one after the
 * other: the second sees the first's attempt (and its cooldown) instead of
 * both slipping through the same window or one overwriting the other.
 */
export async function withQuizLock<T>(req: PayloadRequest, owner: number, course: number, work: () => Promise<T>): Promise<T> {
  const shouldCommit = await initTransaction(req)
  try {
    const session = (req.payload.db as unknown as Sessions).sessions[String(await req.transactionID)]
    if (session) await session.db.execute(sql`select pg_advisory_xact_lock(hashtext(${`atlas:quiz:${owner}:${course}`}))`)
    const result = await work()
    if (shouldCommit) await commitTransaction(req)
    return result
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  }
}

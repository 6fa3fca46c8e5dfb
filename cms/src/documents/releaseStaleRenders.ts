import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { DEFAULT_QUEUE } from '../jobs/queues'

type Drizzle = { drizzle: { execute: (query: unknown) => Promise<{ rows: Record<string, unknown>[] }> } }

/**
 * Longer than any render takes (the bench's bilan p95 is well under a second; progress writes refresh
 * `updated_at` at every stage): a row still `rendering` after this belongs to a process that died.
 */
export const STALE_RENDER_MS = 10 * 60 * 1000

/**
 * A client document left `rendering` by a runner that stopped goes back to
 * `queued` with a fresh job (the render job claims queued rows only, so a
 * late second run of the old job does nothing). Run at start-up and every
 * five minutes with the mail jobs' release. Returns the released ids.
 */
export async function releaseStaleRenders(payload: Payload, now = new Date()): Promise<number[]> {
  const before = new Date(now.getTime() - STALE_RENDER_MS).toISOString()
  const { rows } = await (payload.db as unknown as Drizzle).drizzle.execute(
    sql`update client_documents set status = 'queued', progress = 0, stage = 'documents.stage.retrying', updated_at = now()
        where status = 'rendering' and updated_at < ${before} returning id`,
  )
  const ids = rows.map((row) => Number(row.id))
  for (const id of ids) await payload.jobs.queue({ task: 'renderClientDocument', input: { document: id }, queue: DEFAULT_QUEUE })
  if (ids.length > 0) payload.logger.warn(`[documents] ${ids.length} render(s) left by a stopped runner queued again: ${ids.join(', ')}`)
  return ids
}

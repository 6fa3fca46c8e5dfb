import type { Payload } from 'payload'
import { STALE_SENDING_MS } from './claimEmail'
import { EMAIL_QUEUE } from './queues'

/**
 * Payload marks a job `processing` while a runner holds it and never takes
 * that mark back if the process dies. Mail jobs held longer than any send
 * can take belong to a dead runner: give them back to the queue. Run when
 * the cms starts (onInit), so a restart loses nothing.
 */
export const releaseStaleEmailJobs = async (payload: Payload): Promise<number> => {
  const before = new Date(Date.now() - STALE_SENDING_MS).toISOString()
  const released = await payload.update({
    collection: 'payload-jobs',
    where: {
      and: [
        { queue: { equals: EMAIL_QUEUE } },
        { processing: { equals: true } },
        { updatedAt: { less_than: before } },
      ],
    },
    data: { processing: false },
    overrideAccess: true,
    depth: 0,
  })
  if (released.docs.length > 0) payload.logger.warn(`[email] released ${released.docs.length} mail job(s) left by a stopped runner`)
  return released.docs.length
}

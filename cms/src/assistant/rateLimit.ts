import { ASSISTANT_LIMITS } from '@atlas/shared/assistant'
import type { Payload } from 'payload'

/**
 * The per-investor hourly limit (docs/decisions/015-assistant.md): null when
 * a question may be asked now, else when the oldest question of the window
 * leaves it, i.e. when the next one will be accepted.
 */
export async function assistantRetryAt(payload: Payload, investorId: number, now: Date): Promise<Date | null> {
  const since = new Date(now.getTime() - ASSISTANT_LIMITS.rateWindowMs)
  const recent = await payload.find({
    collection: 'assistant-requests',
    overrideAccess: true,
    depth: 0,
    limit: 1,
    sort: 'createdAt',
    where: { and: [{ owner: { equals: investorId } }, { createdAt: { greater_than: since.toISOString() } }] },
  })
  if (recent.totalDocs < ASSISTANT_LIMITS.messagesPerHour) return null
  const oldest = new Date(recent.docs[0]!.createdAt)
  return new Date(oldest.getTime() + ASSISTANT_LIMITS.rateWindowMs)
}

export const recordAssistantRequest = (payload: Payload, investorId: number) =>
  payload.create({ collection: 'assistant-requests', overrideAccess: true, data: { owner: investorId } })

import { ASSISTANT_LIMITS } from '@atlas/shared/assistant'
import type { Locale } from '@atlas/shared/i18n'
import type { Payload } from 'payload'

/** What is known once an answer is stored: enough to tell the investor it is ready. */
export type StoredAnswer = {
  payload: Payload
  investorId: number
  conversationId: number
  messageId: string
  /** Characters of the answer. */
  length: number
  /** At least ASSISTANT_LIMITS.longAnswerChars: issue #6 wants an "answer ready" notification for these. */
  long: boolean
  locale: Locale
}

type Listener = (answer: StoredAnswer) => void | Promise<void>
const listeners = new Set<Listener>()

/**
 * The hook point after an answer is stored. Notifications (another area)
 * subscribe here, e.g. `onAnswerStored((a) => a.long && notify(...))`;
 * returns the unsubscribe function.
 */
export function onAnswerStored(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Called by the assistant after each stored answer; a failing listener is logged, never the investor's problem. */
export async function answerStored(answer: Omit<StoredAnswer, 'long'>): Promise<void> {
  const event: StoredAnswer = { ...answer, long: answer.length >= ASSISTANT_LIMITS.longAnswerChars }
  for (const listener of listeners) {
    try {
      await listener(event)
    } catch (error) {
      answer.payload.logger.error({ err: error, msg: 'assistant: an answer-stored listener failed' })
    }
  }
}

import { ASSISTANT_LIMITS } from '@atlas/shared/assistant'
import { translate, type Locale } from '@atlas/shared/i18n'
import type { Payload } from 'payload'
import { notify } from '../notifications/notify'

/** What is known once an answer is stored: enough to tell the investor it is ready. */
export type StoredAnswer = {
  payload: Payload
  investorId: number
  conversationId: number
  messageId: string
  /** Characters of the answer. */
  length: number
  locale: Locale
}

/**
 * Called by the assistant after each stored answer. A long answer (at least
 * ASSISTANT_LIMITS.longAnswerChars) is worth a notification "assistant answer
 * ready", as the investor chose (in-app by default): they may have left the
 * page while it was written. A failure here is logged, never the investor's problem.
 */
export async function answerStored(answer: StoredAnswer): Promise<void> {
  if (answer.length < ASSISTANT_LIMITS.longAnswerChars) return
  try {
    await notify(answer.payload, {
      user: answer.investorId,
      event: 'assistantAnswerReady',
      title: (locale) => translate(locale, 'notification.assistantAnswerReady.title'),
      body: (locale) => translate(locale, 'notification.assistantAnswerReady.body'),
      link: `/portail/assistant/${answer.conversationId}`,
      dedupeKey: `assistantAnswerReady:${answer.conversationId}:${answer.messageId}`,
    })
  } catch (error) {
    answer.payload.logger.error({ err: error, msg: 'assistant: the answer-ready notification failed' })
  }
}

/**
 * The assistant's limits, the same for the cms (which enforces them) and web
 * (which says them before the cms has to refuse). See
 * docs/decisions/015-assistant.md.
 */
export const ASSISTANT_LIMITS = {
  /** Characters of one question; longer is refused at the field. */
  messageMaxChars: 2000,
  /** Questions an investor may ask in a sliding hour (retries count: each one calls the provider). */
  messagesPerHour: 20,
  rateWindowMs: 60 * 60 * 1000,
  /** Earlier messages of the conversation sent along with a question (the newest ones). */
  historyMessages: 12,
  /** Characters from which an answer counts as long (the "answer ready" notification). */
  longAnswerChars: 1200,
  /** No chunk from the provider for this long ends the answer with a timeout. */
  idleTimeoutMs: 20_000,
  /** The whole answer must be complete within this. */
  totalTimeoutMs: 90_000,
} as const

import type { AnswerMode } from '@atlas/shared/assistant'
import type { InvestorSummary } from '@atlas/shared/assistant'
import type { Locale } from '@atlas/shared/i18n'

export type ChatTurn = { role: 'user' | 'assistant'; content: string }

/** What a provider streams: pieces of text, and at most once the token usage. */
export type ProviderChunk = { text: string } | { usage: { promptTokens: number; completionTokens: number } }

export type AnswerRequest = {
  /** Earlier turns of the conversation, oldest first, then the question as the last user turn. */
  turns: ChatTurn[]
  summary: InvestorSummary
  locale: Locale
  /** Aborted on timeout; the provider must stop and throw. */
  signal: AbortSignal
}

/** Something that answers a question: OpenAI (or a compatible server), or the offline answerer. */
export type AnswerProvider = {
  mode: AnswerMode
  model: string | null
  answer(request: AnswerRequest): AsyncIterable<ProviderChunk>
}

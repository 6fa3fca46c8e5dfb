import { randomUUID } from 'node:crypto'
import {
  ANSWER_STREAM_TYPE,
  ASSISTANT_LIMITS,
  encodeAnswerEvent,
  type AnswerEvent,
} from '@atlas/shared/assistant'
import type { Locale } from '@atlas/shared/i18n'
import type { Payload, TypedUser } from 'payload'
import type { Conversation } from '@atlas/shared/payload-types'
import { roleOf } from '../access/roleOf'
import type { AnswerProvider, ChatTurn } from './answerProvider'
import { answerStored } from './answerStored'
import { investorContext } from './investorContext'
import { monthlyQuotaRefusal } from './monthlyQuota'
import { parisTime } from './parisTime'
import { assistantRetryAt, recordAssistantRequest } from './rateLimit'
import { assistantRefusal } from './refusal'

export type AskContext = {
  payload: Payload
  user: TypedUser | null
  locale: Locale
  provider: AnswerProvider
  /** Defaults: ASSISTANT_LIMITS.idleTimeoutMs and totalTimeoutMs. */
  timeouts?: { idleMs: number; totalMs: number }
}

type StoredMessage = NonNullable<Conversation['messages']>[number]

/** A conversation's title: the first question, cut at a word before 80 characters. */
const titleOf = (question: string) => {
  const flat = question.replace(/\s+/g, ' ').trim()
  if (flat.length <= 80) return flat
  const cut = flat.slice(0, 79)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40))}…`
}

/** The question of the request: new text, or the last unanswered one on retry; else the refusal. */
function questionOf(body: unknown, messages: StoredMessage[], locale: Locale): { text: string; retry: boolean } | Response {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return assistantRefusal(locale, 400, 'assistant.error.badBody')
  const { content, retry } = body as { content?: unknown; retry?: unknown }
  if (retry === true || retry === 'true') {
    const last = messages[messages.length - 1]
    if (last?.role !== 'user') return assistantRefusal(locale, 400, 'assistant.error.nothingToRetry')
    return { text: last.content, retry: true }
  }
  const text = typeof content === 'string' ? content.trim() : ''
  if (!text) return assistantRefusal(locale, 400, 'assistant.error.empty', { field: 'content' })
  if (text.length > ASSISTANT_LIMITS.messageMaxChars) {
    return assistantRefusal(locale, 400, 'assistant.error.tooLong', {
      field: 'content',
      params: { max: ASSISTANT_LIMITS.messageMaxChars.toLocaleString(locale === 'fr' ? 'fr-FR' : 'en-GB'), count: text.length.toLocaleString(locale === 'fr' ? 'fr-FR' : 'en-GB') },
    })
  }
  return { text, retry: false }
}

/**
 * POST /api/conversations/:id/messages, the whole story: checks who asks,
 * the question, the hourly limit and the monthly allowance (JSON refusals), stores the question at
 * once, then streams the answer as server-sent events and stores it with its
 * token usage when complete. A provider error or timeout ends the stream
 * with an `error` event; the question stays stored and can be retried. The
 * answer is stored even when the reader has gone away.
 */
export async function askAssistant(context: AskContext, conversationId: string | number | undefined, body: unknown): Promise<Response> {
  const { payload, user, locale, provider } = context
  if (!user) return assistantRefusal(locale, 401, 'assistant.error.unauthenticated')
  if (roleOf(user) !== 'investor') return assistantRefusal(locale, 403, 'assistant.error.notInvestor')
  const id = Number(conversationId)
  const conversation = Number.isSafeInteger(id)
    ? await payload.findByID({ collection: 'conversations', id, user, overrideAccess: false, depth: 0, disableErrors: true })
    : null
  if (!conversation) return assistantRefusal(locale, 404, 'assistant.error.notFound')

  const messages = conversation.messages ?? []
  const question = questionOf(body, messages, locale)
  if (question instanceof Response) return question

  const investorId = Number(user.id)
  const now = new Date()
  const retryAt = await assistantRetryAt(payload, investorId, now)
  if (retryAt) {
    return assistantRefusal(locale, 429, 'assistant.error.rateLimited', {
      params: { limit: ASSISTANT_LIMITS.messagesPerHour, time: parisTime(retryAt, locale) },
      extra: { retryAt: retryAt.toISOString() },
    })
  }
  const overQuota = await monthlyQuotaRefusal(payload, user, now, locale)
  if (overQuota) return overQuota
  await recordAssistantRequest(payload, investorId)

  let history: StoredMessage[] = messages
  if (!question.retry) {
    history = [...messages, { id: randomUUID(), role: 'user', content: question.text, createdAt: now.toISOString() }]
    await payload.update({
      collection: 'conversations',
      id,
      overrideAccess: true,
      depth: 0,
      data: { messages: history, lastMessageAt: now.toISOString(), ...(conversation.title ? {} : { title: titleOf(question.text) }) },
    })
  }
  const turns: ChatTurn[] = history.slice(-(ASSISTANT_LIMITS.historyMessages + 1)).map((m: StoredMessage) => ({ role: m.role, content: m.content }))
  const summary = await investorContext(payload, user, now)

  const encoder = new TextEncoder()
  let readerGone = false
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (event: AnswerEvent) => {
        if (readerGone) return
        try {
          controller.enqueue(encoder.encode(encodeAnswerEvent(event)))
        } catch {
          readerGone = true
        }
      }
      void produce(send).finally(() => {
        if (!readerGone) controller.close()
      })
    },
    cancel() {
      readerGone = true
    },
  })

  async function produce(send: (event: AnswerEvent) => void) {
    const { idleMs, totalMs } = context.timeouts ?? { idleMs: ASSISTANT_LIMITS.idleTimeoutMs, totalMs: ASSISTANT_LIMITS.totalTimeoutMs }
    const abort = new AbortController()
    let timedOut = false
    const timeout = () => {
      timedOut = true
      abort.abort(new Error('assistant timeout'))
    }
    let idle = setTimeout(timeout, idleMs)
    const total = setTimeout(timeout, totalMs)
    let text = ''
    let usage: { promptTokens: number; completionTokens: number } | null = null
    send({ type: 'start', mode: provider.mode, model: provider.model })
    try {
      for await (const chunk of provider.answer({ turns, summary, locale, signal: abort.signal })) {
        clearTimeout(idle)
        idle = setTimeout(timeout, idleMs)
        if ('usage' in chunk) usage = chunk.usage
        else if (chunk.text) {
          text += chunk.text
          send({ type: 'delta', text: chunk.text })
        }
      }
      if (timedOut) throw new Error('assistant timeout')
      if (!text.trim()) throw new Error('the provider sent an empty answer')
    } catch (error) {
      payload.logger.warn({ msg: `assistant: no answer for conversation ${id} (${timedOut ? 'timeout' : 'provider error'}): ${(error as Error)?.message ?? error}` })
      send({ type: 'error', code: timedOut ? 'timeout' : 'provider' })
      return
    } finally {
      clearTimeout(idle)
      clearTimeout(total)
    }

    const stored = await storeAnswer(text, usage).catch((error: unknown) => {
      payload.logger.error({ err: error, msg: `assistant: could not store the answer of conversation ${id}` })
      return null
    })
    if (!stored) {
      send({ type: 'error', code: 'interrupted' })
      return
    }
    send({ type: 'done', messageId: stored, promptTokens: usage?.promptTokens ?? null, completionTokens: usage?.completionTokens ?? null })
    await answerStored({ payload, investorId, conversationId: id, messageId: stored, length: text.length, locale })
  }

  /** Appends the answer to the conversation as it is now; null when the conversation was deleted meanwhile. */
  async function storeAnswer(text: string, usage: { promptTokens: number; completionTokens: number } | null): Promise<string | null> {
    const fresh = await payload.findByID({ collection: 'conversations', id, overrideAccess: true, depth: 0, disableErrors: true })
    if (!fresh) return null
    const messageId = randomUUID()
    const at = new Date().toISOString()
    await payload.update({
      collection: 'conversations',
      id,
      overrideAccess: true,
      depth: 0,
      data: {
        messages: [
          ...(fresh.messages ?? []),
          {
            id: messageId,
            role: 'assistant',
            content: text,
            createdAt: at,
            mode: provider.mode,
            model: provider.model,
            promptTokens: usage?.promptTokens ?? null,
            completionTokens: usage?.completionTokens ?? null,
          },
        ],
        lastMessageAt: at,
        promptTokens: (fresh.promptTokens ?? 0) + (usage?.promptTokens ?? 0),
        completionTokens: (fresh.completionTokens ?? 0) + (usage?.completionTokens ?? 0),
      },
    })
    return messageId
  }

  return new Response(stream, {
    status: 200,
    headers: { 'Content-Type': ANSWER_STREAM_TYPE, 'Cache-Control': 'no-cache, no-transform', 'X-Accel-Buffering': 'no' },
  })
}

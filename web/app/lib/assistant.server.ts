import { readAnswerEvents, type AnswerEvent } from '@atlas/shared/assistant'
import type { Locale } from '@atlas/shared/i18n'
import type { Conversation } from '@atlas/shared/payload-types'
import { cmsFetch, cmsStream, type CmsUnavailable } from './cms.server'
import { payloadFieldErrors, payloadMessage, type FieldErrors } from './payloadErrors.server'

/*
 * The assistant as web reaches it: the investor's conversations through the
 * cms REST API (their own token, so Payload decides what they see) and the
 * streamed answers of POST /api/conversations/:id/messages.
 */

export type ConversationItem = { id: number; title: string | null; lastMessageAt: string | null; createdAt: string }
type Page<T> = { docs: T[]; totalDocs: number }

/** The investor's conversations, the most recent first (50 at most: the list is a history, not an archive). */
export const listConversations = (token: string) =>
  cmsFetch<Page<ConversationItem>>(
    '/api/conversations?limit=50&depth=0&sort=-lastMessageAt&select[title]=true&select[lastMessageAt]=true&select[createdAt]=true',
    { token },
  )

export const findConversation = (token: string, id: string) =>
  cmsFetch<Conversation>(`/api/conversations/${encodeURIComponent(id)}?depth=0`, { token })

export const createConversation = (token: string, locale: Locale) =>
  cmsFetch<{ doc: Conversation }>('/api/conversations', { token, locale, method: 'POST', body: {} })

export const deleteConversation = (token: string, locale: Locale, id: string) =>
  cmsFetch(`/api/conversations/${encodeURIComponent(id)}`, { token, locale, method: 'DELETE' })

/** What the investor asks: a new question, or the last unanswered one again. */
export type Question = { content: string } | { retry: true }

export const questionOf = (formData: FormData): Question =>
  formData.get('intent') === 'retry' ? { retry: true } : { content: String(formData.get('content') ?? '') }

/** The cms's answer stream, or why there is none (a refusal with its messages, or the cms being away). */
export type AskOutcome =
  | { kind: 'stream'; response: Response }
  | { kind: 'refused'; status: number; message: string; fieldErrors: FieldErrors; retryAt: string | null }
  | CmsUnavailable

export async function askAssistant(token: string, locale: Locale, id: string, question: Question): Promise<AskOutcome> {
  const response = await cmsStream(`/api/conversations/${encodeURIComponent(id)}/messages`, { token, locale, body: question })
  if (!(response instanceof Response)) return response
  if (response.ok && response.body) return { kind: 'stream', response }
  const body: unknown = await response.json().catch(() => null)
  const retryAt = (body as { errors?: { retryAt?: unknown }[] } | null)?.errors?.[0]?.retryAt
  return {
    kind: 'refused',
    status: response.status,
    message: payloadMessage(body),
    fieldErrors: payloadFieldErrors(body),
    retryAt: typeof retryAt === 'string' ? retryAt : null,
  }
}

/** Reads a whole answer stream (the page without JavaScript waits for it): its last event. */
export async function finalEvent(response: Response): Promise<AnswerEvent | null> {
  const decoder = new TextDecoder()
  let buffer = ''
  let last: AnswerEvent | null = null
  try {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      const read = readAnswerEvents(buffer + decoder.decode(chunk, { stream: true }))
      buffer = read.rest
      for (const event of read.events) if (event.type === 'done' || event.type === 'error') last = event
    }
  } catch (cause) {
    console.error('[atlas web] assistant stream broken:', (cause as Error)?.message ?? cause)
    return { type: 'error', code: 'interrupted' }
  }
  return last
}

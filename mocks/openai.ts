import { delay, http, HttpResponse } from 'msw'

/** What our code sends to the chat completions API (the part it controls). */
export type ChatCompletionRequest = {
  model: string
  stream?: boolean
  stream_options?: { include_usage?: boolean }
  messages: { role: 'system' | 'user' | 'assistant'; content: string }[]
}

type Script =
  | { kind: 'answer'; pieces: string[]; usage: { prompt_tokens: number; completion_tokens: number }; pieceDelayMs: number }
  | { kind: 'fail'; status: number; message: string; type: string }

const encoder = new TextEncoder()
const sse = (data: unknown) => encoder.encode(`data: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`)

/**
 * OpenAI's chat completions stand-in, replaying its streaming format:
 * `data: {chat.completion.chunk}` lines — a first chunk with the role, one
 * per piece of text, one with `finish_reason: "stop"` — then, when
 * `stream_options.include_usage` is asked, a last chunk with empty `choices`
 * and the `usage`, then `data: [DONE]`. Requests are recorded; the next
 * answer can be scripted (`answerWith`), made to fail (`failWith`) or slow
 * (`pieceDelayMs`). Without a Bearer key it answers 401 like the real API.
 */
export const openai = (baseUrl = 'https://api.openai.com/v1') => {
  const requests: { body: ChatCompletionRequest; authorization: string | null }[] = []
  let script: Script = { kind: 'answer', pieces: ['Bonjour', ' !'], usage: { prompt_tokens: 10, completion_tokens: 2 }, pieceDelayMs: 0 }
  let id = 0

  const handlers = [
    http.post(`${baseUrl}/chat/completions`, async ({ request }) => {
      const authorization = request.headers.get('authorization')
      if (!authorization?.startsWith('Bearer ')) {
        return HttpResponse.json({ error: { message: 'You didn’t provide an API key.', type: 'invalid_request_error' } }, { status: 401 })
      }
      const body = (await request.json()) as ChatCompletionRequest
      requests.push({ body, authorization })
      if (script.kind === 'fail') {
        return HttpResponse.json({ error: { message: script.message, type: script.type, code: null } }, { status: script.status })
      }
      const { pieces, usage, pieceDelayMs } = script
      const base = { id: `chatcmpl-${++id}`, object: 'chat.completion.chunk', created: 1_764_000_000, model: body.model, system_fingerprint: 'fp_mock' }
      const stream = new ReadableStream<Uint8Array>({
        async start(controller) {
          try {
            controller.enqueue(sse({ ...base, choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }] }))
            for (const piece of pieces) {
              if (pieceDelayMs) await delay(pieceDelayMs)
              controller.enqueue(sse({ ...base, choices: [{ index: 0, delta: { content: piece }, finish_reason: null }] }))
            }
            controller.enqueue(sse({ ...base, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] }))
            if (body.stream_options?.include_usage) {
              controller.enqueue(sse({ ...base, choices: [], usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens } }))
            }
            controller.enqueue(sse('[DONE]'))
            controller.close()
          } catch {
            // the client went away (abort): nothing more to send
          }
        },
      })
      return new HttpResponse(stream, { headers: { 'Content-Type': 'text/event-stream; charset=utf-8' } })
    }),
  ]

  return {
    handlers,
    requests,
    /** The next answers: these pieces of text, this usage, optionally a pause before each piece. */
    answerWith: (pieces: string[], usage = { prompt_tokens: 120, completion_tokens: pieces.length }, pieceDelayMs = 0) => {
      script = { kind: 'answer', pieces, usage, pieceDelayMs }
    },
    /** The next calls answer an error, as OpenAI words them (e.g. 429 rate_limit_exceeded, 500 server_error). */
    failWith: (status: number, message = 'The server had an error while processing your request.', type = status === 429 ? 'rate_limit_exceeded' : 'server_error') => {
      script = { kind: 'fail', status, message, type }
    },
  }
}

/**
 * The stream of one answer, from the cms to web and on to the browser, as
 * server-sent events (`text/event-stream`): `start` (mode and model), any
 * number of `delta` (text to append), then exactly one of `done` (the answer
 * is stored) or `error` (nothing was stored but the question; retry).
 */
export type AnswerMode = 'offline' | 'openai'
export type AnswerErrorCode = 'timeout' | 'provider' | 'interrupted'

export type AnswerEvent =
  | { type: 'start'; mode: AnswerMode; model: string | null }
  | { type: 'delta'; text: string }
  | { type: 'done'; messageId: string; promptTokens: number | null; completionTokens: number | null }
  | { type: 'error'; code: AnswerErrorCode }

export const ANSWER_STREAM_TYPE = 'text/event-stream; charset=utf-8'

/** One event as SSE lines: `event: <type>` and one JSON `data:` line. */
export function encodeAnswerEvent(event: AnswerEvent): string {
  const { type, ...rest } = event
  return `event: ${type}\ndata: ${JSON.stringify(rest)}\n\n`
}

const TYPES = new Set(['start', 'delta', 'done', 'error'])

/**
 * Reads the complete events out of `buffer` (text received so far); returns
 * them and the incomplete tail to keep for the next chunk. Unknown or
 * malformed events are skipped.
 */
export function readAnswerEvents(buffer: string): { events: AnswerEvent[]; rest: string } {
  const normalised = buffer.replace(/\r\n/g, '\n')
  const blocks = normalised.split('\n\n')
  const rest = blocks.pop() ?? ''
  const events: AnswerEvent[] = []
  for (const block of blocks) {
    let type = 'message'
    const data: string[] = []
    for (const line of block.split('\n')) {
      if (line.startsWith('event:')) type = line.slice(6).trim()
      else if (line.startsWith('data:')) data.push(line.slice(5).trimStart())
    }
    if (!TYPES.has(type)) continue
    try {
      events.push({ type, ...(JSON.parse(data.join('\n')) as object) } as AnswerEvent)
    } catch {
      // a malformed event is dropped; the stream's end tells the reader what happened
    }
  }
  return { events, rest }
}

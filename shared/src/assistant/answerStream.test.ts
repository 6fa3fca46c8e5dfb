import { describe, expect, it } from 'vitest'
import { encodeAnswerEvent, readAnswerEvents } from './answerStream'

describe('answer stream', () => {
  it('reads back what it encodes, across chunk boundaries', () => {
    const wire =
      encodeAnswerEvent({ type: 'start', mode: 'offline', model: null }) +
      encodeAnswerEvent({ type: 'delta', text: 'Bon\njour' }) +
      encodeAnswerEvent({ type: 'done', messageId: 'm1', promptTokens: null, completionTokens: null })
    const cut = wire.length - 7
    const first = readAnswerEvents(wire.slice(0, cut))
    expect(first.events).toEqual([
      { type: 'start', mode: 'offline', model: null },
      { type: 'delta', text: 'Bon\njour' },
    ])
    const second = readAnswerEvents(first.rest + wire.slice(cut))
    expect(second.events).toEqual([{ type: 'done', messageId: 'm1', promptTokens: null, completionTokens: null }])
    expect(second.rest).toBe('')
  })

  it('skips unknown and malformed events', () => {
    expect(readAnswerEvents('event: ping\ndata: {}\n\nevent: delta\ndata: {oops\n\n').events).toEqual([])
  })
})

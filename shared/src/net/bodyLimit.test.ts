import { describe, expect, it } from 'vitest'
import { declaresTooLarge, discardRest, readAtMost } from './bodyLimit'

async function* chunks(...sizes: number[]) {
  for (const size of sizes) yield new Uint8Array(size).fill(65)
}

describe('readAtMost', () => {
  it('returns every byte of a body within the limit', async () => {
    const body = await readAtMost(chunks(3, 4), 7)
    expect(body?.byteLength).toBe(7)
  })

  it('gives up as soon as a streamed body passes the limit', async () => {
    let pulled = 0
    async function* counted() {
      for await (const chunk of chunks(5, 5, 5)) {
        pulled += 1
        yield chunk
      }
    }
    expect(await readAtMost(counted(), 8)).toBeNull()
    expect(pulled).toBe(2)
  })
})

describe('declaresTooLarge', () => {
  it('refuses a declared length over the limit or unreadable, and leaves undeclared bodies to the stream check', () => {
    expect(declaresTooLarge('11', 10)).toBe(true)
    expect(declaresTooLarge('abc', 10)).toBe(true)
    expect(declaresTooLarge('10', 10)).toBe(false)
    expect(declaresTooLarge(null, 10)).toBe(false)
  })
})

describe('discardRest', () => {
  it('reads a refused body to its end when it stays within the drain bounds', async () => {
    expect(await discardRest(chunks(5, 5, 5), { maxBytes: 20, timeoutMs: 1_000 })).toBe(true)
  })

  it('stops reading past the byte bound', async () => {
    let pulled = 0
    async function* endless() {
      for (;;) {
        pulled += 1
        yield new Uint8Array(10)
      }
    }
    expect(await discardRest(endless(), { maxBytes: 25, timeoutMs: 1_000 })).toBe(false)
    expect(pulled).toBe(3)
  })

  it('gives up when the client stops sending without ending the body', async () => {
    async function* stalled() {
      yield new Uint8Array(1)
      await new Promise(() => {})
    }
    expect(await discardRest(stalled(), { maxBytes: 100, timeoutMs: 20 })).toBe(false)
  })

  it('treats a body that breaks off as not drained', async () => {
    async function* broken() {
      yield new Uint8Array(1)
      throw new Error('aborted')
    }
    expect(await discardRest(broken(), { maxBytes: 100, timeoutMs: 1_000 })).toBe(false)
  })
})

/**
 * Request body limits shared by web and the cms (docs/decisions/023-security-headers.md):
 * a body is refused with 413 before anything parses it, whether it declares its
 * size (Content-Length) or streams in chunks.
 */

/** JSON (and any other non-multipart) body the cms REST API accepts, and web's form posts. */
export const BODY_LIMIT_BYTES = 1024 * 1024

/** True when the declared Content-Length is already over the limit. */
export const declaresTooLarge = (contentLength: string | null | undefined, limit: number): boolean => {
  if (contentLength === null || contentLength === undefined || contentLength.trim() === '') return false
  const declared = Number(contentLength)
  return !Number.isFinite(declared) || declared > limit
}

/**
 * The whole body, or null as soon as more than `limit` bytes have arrived (the
 * rest is not read). Works on a Node request and on a fetch ReadableStream,
 * both async iterables of bytes.
 */
export async function readAtMost(source: AsyncIterable<Uint8Array | string>, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const chunks: Uint8Array[] = []
  let size = 0
  for await (const chunk of source) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk
    size += bytes.byteLength
    if (size > limit) return null
    chunks.push(bytes)
  }
  const body = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.byteLength
  }
  return body
}

/**
 * The chunks of a fetch body without cancelling it when the reader stops early:
 * the server then discards the rest itself and can still send its answer.
 */
export async function* streamChunks(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader()
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) return
      yield value
    }
  } finally {
    reader.releaseLock()
  }
}

/**
 * How much of a refused body the server still reads (and throws away) before it
 * answers: a client that is still sending when the 413 comes back and the socket
 * closes gets EPIPE and never sees the answer. nginx does the same ("lingering
 * close"). Bounded in bytes and time, so a client that never stops cannot hold
 * the server; past either bound the answer goes out and the connection closes.
 */
export const DRAIN_LIMIT_BYTES = 16 * BODY_LIMIT_BYTES
export const DRAIN_TIMEOUT_MS = 2_000

/**
 * Reads and discards the rest of a body, at most `maxBytes` or `timeoutMs`.
 * True when the body ended within both bounds.
 */
export async function discardRest(
  source: AsyncIterable<Uint8Array | string>,
  { maxBytes = DRAIN_LIMIT_BYTES, timeoutMs = DRAIN_TIMEOUT_MS }: { maxBytes?: number; timeoutMs?: number } = {},
): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs)
  })
  const drained = (async () => {
    let size = 0
    try {
      for await (const chunk of source) {
        size += typeof chunk === 'string' ? chunk.length : chunk.byteLength
        if (size > maxBytes) return false
      }
      return true
    } catch {
      return false
    }
  })()
  try {
    return await Promise.race([drained, timedOut])
  } finally {
    clearTimeout(timer)
  }
}

/** "1 Mo" / "1 MB": the limit as people read it. */
export const megabytes = (bytes: number): number => Math.round((bytes / (1024 * 1024)) * 10) / 10

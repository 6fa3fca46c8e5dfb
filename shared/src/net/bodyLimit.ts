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

/** "1 Mo" / "1 MB": the limit as people read it. */
export const megabytes = (bytes: number): number => Math.round((bytes / (1024 * 1024)) * 10) / 10

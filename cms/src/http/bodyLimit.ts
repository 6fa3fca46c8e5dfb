import { localeFromAcceptLanguage } from '@atlas/shared/i18n/acceptLanguage'
import { translate } from '@atlas/shared/i18n'
import {
  BODY_LIMIT_BYTES,
  DRAIN_LIMIT_BYTES,
  declaresTooLarge,
  discardRest,
  megabytes,
  readAtMost,
  streamChunks,
} from '@atlas/shared/net/bodyLimit'

/*
 * JSON (and any other non-multipart) bodies over 1 MB are refused with 413
 * before Payload parses them, from Content-Length or while a chunked body
 * streams in. Multipart bodies — uploads to media — go to Payload untouched,
 * under its own upload limits (docs/decisions/023-security-headers.md).
 */

const isMultipart = (request: Request) => /^\s*multipart\//i.test(request.headers.get('content-type') ?? '')

/** Payload's error shape, in the caller's language (Accept-Language, else French). */
export function tooLargeResponse(request: Request, limit = BODY_LIMIT_BYTES): Response {
  const locale = localeFromAcceptLanguage(request.headers.get('accept-language')) ?? 'fr'
  const message = translate(locale, 'errors.body.tooLarge', { limit: megabytes(limit) })
  // The connection closes after this answer, so no client reuses a socket whose request may still be
  // streaming (its next request would read ECONNRESET). refuse() drains what it can first.
  return Response.json({ errors: [{ message }] }, { status: 413, headers: { Connection: 'close' } })
}

/**
 * The 413 once the rest of the body has been read and thrown away (within DRAIN_LIMIT_BYTES and
 * DRAIN_TIMEOUT_MS): a client still writing when the socket closes gets EPIPE instead of the answer.
 */
async function refuse(request: Request, limit: number): Promise<Response> {
  if (request.body && !declaresTooLarge(request.headers.get('content-length'), DRAIN_LIMIT_BYTES)) {
    await discardRest(streamChunks(request.body))
  }
  return tooLargeResponse(request, limit)
}

type RouteHandler<Context> = (request: Request, context: Context) => Promise<Response>

export const limitBody =
  <Context>(handler: RouteHandler<Context>, limit = BODY_LIMIT_BYTES): RouteHandler<Context> =>
  async (request, context) => {
    if (!request.body || isMultipart(request)) return handler(request, context)
    if (declaresTooLarge(request.headers.get('content-length'), limit)) return refuse(request, limit)
    const body = await readAtMost(streamChunks(request.body), limit)
    if (body === null) return refuse(request, limit)
    // The body is read: Payload gets the same request with that body, already measured.
    const headers = new Headers(request.headers)
    headers.set('content-length', String(body.byteLength))
    headers.delete('transfer-encoding')
    return handler(new Request(request.url, { method: request.method, headers, body, signal: request.signal }), context)
  }

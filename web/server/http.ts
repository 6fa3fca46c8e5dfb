import type { IncomingMessage } from 'node:http'
import { writeReadableStreamToWritable } from '@react-router/node'
import type { Request as ExpressRequest, Response as ExpressResponse } from 'express'
import { DRAIN_LIMIT_BYTES, declaresTooLarge, discardRest, megabytes, readAtMost } from '@atlas/shared/net/bodyLimit'
import { localeFromAcceptLanguage } from '@atlas/shared/i18n/acceptLanguage'
import { translate } from '@atlas/shared/i18n'

/**
 * The request body, or 'too-large' — decided from Content-Length before reading
 * anything, or while a chunked body streams in. The rest of a refused body is
 * read and thrown away (bounded: DRAIN_LIMIT_BYTES, DRAIN_TIMEOUT_MS) so a client
 * still sending is not cut off with EPIPE before it reads the 413; the 413 then
 * closes the connection (tooLarge).
 */
export async function readBody(req: IncomingMessage, limit: number): Promise<Uint8Array<ArrayBuffer> | 'too-large'> {
  const drainable = !declaresTooLarge(req.headers['content-length'], DRAIN_LIMIT_BYTES)
  if (declaresTooLarge(req.headers['content-length'], limit)) {
    if (drainable) await discardRest(req.iterator({ destroyOnReturn: false }))
    return 'too-large'
  }
  const body = await readAtMost(req.iterator({ destroyOnReturn: false }), limit)
  if (body !== null) return body
  if (drainable) await discardRest(req.iterator({ destroyOnReturn: false }))
  return 'too-large'
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** 413, in the reader's language: a short page for a browser, JSON for a script. */
export function tooLarge(req: ExpressRequest, res: ExpressResponse, limit: number): void {
  const locale = localeFromAcceptLanguage(req.get('accept-language')) ?? 'fr'
  const message = translate(locale, 'errors.body.tooLarge', { limit: megabytes(limit) })
  res.status(413)
  // Close the connection after this answer, so no client reuses a socket whose request may still be
  // streaming (it would read ECONNRESET on its next request); readBody drained what it could first.
  res.set('Connection', 'close')
  if (req.accepts(['html', 'json']) === 'json') {
    res.json({ errors: [{ message }] })
    return
  }
  res.type('html').send(`<!doctype html><html lang="${locale}"><meta charset="utf-8"><title>413</title><p>${escapeHtml(message)}</p></html>`)
}

/** A fetch Response onto the Node response, streaming its body (what @react-router/express does). */
export async function sendResponse(res: ExpressResponse, response: Response): Promise<void> {
  res.statusMessage = response.statusText
  res.status(response.status)
  for (const [name, value] of response.headers.entries()) {
    if (name === 'set-cookie') continue
    res.append(name, value)
  }
  const cookies = response.headers.getSetCookie()
  if (cookies.length > 0) res.append('Set-Cookie', cookies)
  if (/text\/event-stream/i.test(response.headers.get('Content-Type') ?? '')) res.flushHeaders()
  if (!response.body) {
    res.end()
    return
  }
  try {
    await writeReadableStreamToWritable(response.body, res)
  } catch (error) {
    if (!res.destroyed && !res.writableEnded) throw error
  }
}

import type { Locale } from '@atlas/shared/i18n'
import { env } from './env.server'
import { payloadFieldErrors, payloadMessage, type FieldErrors } from './payloadErrors.server'

/*
 * The one way web talks to the cms: its REST API, on behalf of a person
 * (`Authorization: JWT <token>`) or anonymously. The browser's cookies are
 * never forwarded. Never throws: a 4xx is a result to show, and a cms that
 * cannot be reached (or answers 5xx) is a `CmsUnavailable` result that pages
 * turn into a friendly message.
 */

export type CmsOk<T> = { ok: true; kind: 'ok'; status: number; data: T }
export type CmsError = {
  ok: false
  kind: 'error'
  status: number
  data: unknown
  message: string
  fieldErrors: FieldErrors
}
export type CmsUnavailable = { ok: false; kind: 'unavailable'; status: number; data: null; message: string }
export type CmsResult<T> = CmsOk<T> | CmsError | CmsUnavailable

export type CmsRequest = {
  token?: string
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  body?: unknown
  /** Sent as Accept-Language, so the cms words its own messages for the reader. */
  locale?: Locale
  timeoutMs?: number
  /** Extra headers, e.g. the visitor IP web vouches for (contact rate limit). */
  headers?: Record<string, string>
}

export type CmsTransport = { baseUrl: string; fetch: typeof fetch }

const defaultTransport = (): CmsTransport => ({ baseUrl: env.cmsUrl, fetch: globalThis.fetch })

const DEFAULT_TIMEOUT_MS = 10_000

const unavailable = (status: number, message: string): CmsUnavailable => ({
  ok: false,
  kind: 'unavailable',
  status,
  data: null,
  message,
})

export async function cmsFetch<T>(
  path: string,
  { token, method = 'GET', body, locale, timeoutMs = DEFAULT_TIMEOUT_MS, headers: extra }: CmsRequest = {},
  transport: CmsTransport = defaultTransport(),
): Promise<CmsResult<T>> {
  // The cms is on the same machine or network: compressing its answers costs both sides CPU and saves nothing.
  const headers = new Headers({ ...extra, Accept: 'application/json', 'Accept-Encoding': 'identity' })
  if (token) headers.set('Authorization', `JWT ${token}`)
  if (locale) headers.set('Accept-Language', locale)
  if (body !== undefined) headers.set('Content-Type', 'application/json')

  let response: Response
  try {
    response = await transport.fetch(`${transport.baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'manual',
    })
  } catch (cause) {
    console.error(`[atlas web] cms unreachable: ${method} ${path}:`, (cause as Error)?.message ?? cause)
    return unavailable(0, 'unreachable')
  }

  const data: unknown = await response.json().catch(() => null)
  if (response.ok) return { ok: true, kind: 'ok', status: response.status, data: data as T }
  if (response.status >= 500) {
    console.error(`[atlas web] cms answered ${response.status}: ${method} ${path}`)
    return unavailable(response.status, payloadMessage(data))
  }
  return {
    ok: false,
    kind: 'error',
    status: response.status,
    data,
    message: payloadMessage(data),
    fieldErrors: payloadFieldErrors(data),
  }
}

/**
 * A call whose answer is read as a stream (the assistant's server-sent
 * events): the cms's Response itself when it answered, else `CmsUnavailable`.
 * Same identity rules as `cmsFetch`; a refusal (4xx JSON) comes back as the
 * Response too, for the caller to read.
 */
export async function cmsStream(
  path: string,
  { token, body, locale, timeoutMs = 120_000 }: Pick<CmsRequest, 'token' | 'body' | 'locale' | 'timeoutMs'>,
  transport: CmsTransport = defaultTransport(),
): Promise<Response | CmsUnavailable> {
  const headers = new Headers({ Accept: 'text/event-stream, application/json', 'Content-Type': 'application/json' })
  if (token) headers.set('Authorization', `JWT ${token}`)
  if (locale) headers.set('Accept-Language', locale)
  try {
    const response = await transport.fetch(`${transport.baseUrl}${path}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(body ?? {}),
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'manual',
    })
    if (response.status >= 500) {
      console.error(`[atlas web] cms answered ${response.status}: POST ${path}`)
      return unavailable(response.status, 'unavailable')
    }
    return response
  } catch (cause) {
    console.error(`[atlas web] cms unreachable: POST ${path}:`, (cause as Error)?.message ?? cause)
    return unavailable(0, 'unreachable')
  }
}

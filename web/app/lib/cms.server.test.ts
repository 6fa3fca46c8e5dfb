import { afterEach, describe, expect, it, vi } from 'vitest'
import { cmsFetch, type CmsTransport } from './cms.server'

/** A transport whose fetch answers `respond` and remembers what it was asked. */
function fakeCms(respond: () => Response | Promise<Response>) {
  const calls: { url: string; init: RequestInit }[] = []
  const transport: CmsTransport = {
    baseUrl: 'http://cms.test',
    fetch: (async (url: string, init: RequestInit) => {
      calls.push({ url, init })
      return respond()
    }) as typeof fetch,
  }
  return { transport, calls }
}

afterEach(() => vi.restoreAllMocks())

describe('cmsFetch', () => {
  it('returns the JSON of a 2xx answer', async () => {
    const { transport } = fakeCms(() => Response.json({ user: { id: 1 } }))
    expect(await cmsFetch('/api/users/me', {}, transport)).toEqual({
      ok: true,
      kind: 'ok',
      status: 200,
      data: { user: { id: 1 } },
    })
  })

  it('sends the token as a JWT header and the body as JSON, and no cookie', async () => {
    const { transport, calls } = fakeCms(() => Response.json({}))
    await cmsFetch('/api/users/login', { method: 'POST', token: 'abc', body: { email: 'a@b.fr' }, locale: 'en' }, transport)
    const headers = new Headers(calls[0]?.init.headers)
    expect(calls[0]?.url).toBe('http://cms.test/api/users/login')
    expect(calls[0]?.init.method).toBe('POST')
    expect(calls[0]?.init.body).toBe('{"email":"a@b.fr"}')
    expect(headers.get('Authorization')).toBe('JWT abc')
    expect(headers.get('Content-Type')).toBe('application/json')
    expect(headers.get('Accept-Language')).toBe('en')
    expect(headers.has('Cookie')).toBe(false)
  })

  it('maps a ValidationError to field errors without throwing', async () => {
    const body = {
      errors: [
        {
          name: 'ValidationError',
          message: 'The following field is invalid: email',
          data: { errors: [{ path: 'email', message: 'A user with the given email is already registered.' }] },
        },
      ],
    }
    const { transport } = fakeCms(() => Response.json(body, { status: 400 }))
    const result = await cmsFetch('/api/users', { method: 'POST', body: {} }, transport)
    expect(result).toMatchObject({
      ok: false,
      kind: 'error',
      status: 400,
      message: 'The following field is invalid: email',
      fieldErrors: { email: 'A user with the given email is already registered.' },
    })
  })

  it('returns a 401 as an error result', async () => {
    const { transport } = fakeCms(() => Response.json({ errors: [{ message: 'Unauthorized' }] }, { status: 401 }))
    expect(await cmsFetch('/api/users/me', { token: 'x' }, transport)).toMatchObject({
      ok: false,
      kind: 'error',
      status: 401,
      fieldErrors: {},
    })
  })

  it('turns a network failure into CmsUnavailable', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    const { transport } = fakeCms(() => Promise.reject(new TypeError('fetch failed')))
    expect(await cmsFetch('/api/users/login', { method: 'POST' }, transport)).toMatchObject({
      ok: false,
      kind: 'unavailable',
    })
    expect(logged).toHaveBeenCalledOnce()
  })

  it('turns a 5xx into CmsUnavailable, even with a non-JSON body', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    const { transport } = fakeCms(() => new Response('<html>Bad gateway</html>', { status: 502 }))
    expect(await cmsFetch('/api/health', {}, transport)).toMatchObject({ ok: false, kind: 'unavailable', status: 502 })
    expect(logged).toHaveBeenCalledOnce()
  })
})

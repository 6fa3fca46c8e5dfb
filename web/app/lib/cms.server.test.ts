import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createAccount } from '../../../tests/support/accounts'
import { testEnv } from '../../../tests/support/env'
import { freePort } from '../../../scripts/lib/ports'
import { cmsFetch, type CmsTransport } from './cms.server'

/**
 * cmsFetch against the real cms started by `npm test`; network failures are
 * real too (a closed port, a gateway answering 502), never a fake cms.
 */
const realCms = (): CmsTransport => ({ baseUrl: testEnv.cmsUrl, fetch: globalThis.fetch })

afterEach(() => vi.restoreAllMocks())

/** A loopback "reverse proxy" that answers 502 with an HTML page, as nginx does when the cms is down. */
const badGateway = async () => {
  const server = http.createServer((_req, res) => {
    res.writeHead(502, { 'content-type': 'text/html' })
    res.end('<html>Bad gateway</html>')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { baseUrl: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) }
}

describe('cmsFetch', () => {
  it('returns the JSON of a 2xx answer, signed in with the JWT header alone', async () => {
    const account = await createAccount('investor')
    const result = await cmsFetch<{ user: { email: string } }>('/api/users/me', { token: account.token }, realCms())
    expect(result).toMatchObject({ ok: true, kind: 'ok', status: 200 })
    expect(result.ok && result.data.user.email).toBe(account.email)
  })

  it('maps a ValidationError to field errors, worded in the requested language', async () => {
    const account = await createAccount('investor')
    const body = { name: 'X' }
    const french = await cmsFetch(`/api/users/${account.id}`, { method: 'PATCH', token: account.token, body, locale: 'fr' }, realCms())
    expect(french).toMatchObject({ ok: false, kind: 'error', status: 400 })
    expect(french.ok === false && french.kind === 'error' && french.fieldErrors.name).toMatch(/longueur minimale de 2|au moins 2/)
    const english = await cmsFetch(`/api/users/${account.id}`, { method: 'PATCH', token: account.token, body, locale: 'en' }, realCms())
    expect(english.ok === false && english.kind === 'error' && english.fieldErrors.name).toMatch(/minimum length of 2|at least 2/)
  })

  it('returns a refused token as an error result, not a throw', async () => {
    const result = await cmsFetch('/api/users/refresh-token', { method: 'POST', token: 'not-a-token' }, realCms())
    expect(result).toMatchObject({ ok: false, kind: 'error', fieldErrors: {} })
    expect(result.status).toBeGreaterThanOrEqual(400)
    expect(result.status).toBeLessThan(500)
  })

  it('turns a cms that cannot be reached into CmsUnavailable', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    const closed: CmsTransport = { baseUrl: `http://127.0.0.1:${await freePort()}`, fetch: globalThis.fetch }
    expect(await cmsFetch('/api/users/login', { method: 'POST' }, closed)).toMatchObject({
      ok: false,
      kind: 'unavailable',
    })
    expect(logged).toHaveBeenCalledOnce()
  })

  it('turns a 5xx into CmsUnavailable, even with a non-JSON body', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    const gateway = await badGateway()
    try {
      const transport: CmsTransport = { baseUrl: gateway.baseUrl, fetch: globalThis.fetch }
      expect(await cmsFetch('/api/health', {}, transport)).toMatchObject({ ok: false, kind: 'unavailable', status: 502 })
      expect(logged).toHaveBeenCalledOnce()
    } finally {
      await gateway.close()
    }
  })
})

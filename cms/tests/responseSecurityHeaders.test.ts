import { describe, expect, it } from 'vitest'
import { testEnv } from '../../tests/support/env'
import { cspDirective, expectSecurityHeaderFamily } from '../../tests/support/httpChecks'

/** The security headers of the cms, read over real HTTP (docs/decisions/023-security-headers.md). */

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${testEnv.cmsUrl}${path}`, { redirect: 'manual', headers: { 'Accept-Language': 'fr', ...headers } })



describe('/admin pages', () => {
  it('the login page runs only scripts carrying this response’s nonce, and nobody may frame it', async () => {
    const response = await get('/admin/login')
    expect(response.status).toBe(200)
    expectSecurityHeaderFamily(response)
    const csp = response.headers.get('content-security-policy')
    expect(cspDirective(csp, 'frame-ancestors')).toEqual(["'none'"])
    const scripts = cspDirective(csp, 'script-src') ?? []
    expect(scripts).not.toContain("'unsafe-inline'")
    expect(scripts).not.toContain("'unsafe-eval'")
    const nonce = scripts.find((source) => source.startsWith("'nonce-"))?.slice("'nonce-".length, -1)
    expect(nonce).toBeTruthy()
    const html = await response.text()
    const tags = html.match(/<script\b[^>]*>/g) ?? []
    expect(tags.length).toBeGreaterThan(0)
    for (const tag of tags) expect(tag, tag).toContain(`nonce="${nonce}"`)
  })

  it('draws a new nonce for every response', async () => {
    const [a, b] = await Promise.all([get('/admin/login'), get('/admin/login')])
    const nonceOf = (response: Response) => cspDirective(response.headers.get('content-security-policy'), 'script-src')?.find((s) => s.startsWith("'nonce-"))
    expect(nonceOf(a)).toBeTruthy()
    expect(nonceOf(a)).not.toBe(nonceOf(b))
  })

  it('sends the headers when a signed-out visitor opens the dashboard (sent on to the login page)', async () => {
    const response = await get('/admin')
    expect(response.status).toBeLessThan(500)
    expectSecurityHeaderFamily(response)
    expect(cspDirective(response.headers.get('content-security-policy'), 'frame-ancestors')).toEqual(["'none'"])
  })
})

describe('/api answers', () => {
  it('a JSON answer may load nothing and be framed by nobody', async () => {
    const response = await get('/api/pages?limit=1')
    expect(response.status).toBe(200)
    expectSecurityHeaderFamily(response)
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'")
  })

  it('an error answer carries the same headers', async () => {
    const forbidden = await get('/api/users')
    expect(forbidden.status).toBe(403)
    expectSecurityHeaderFamily(forbidden)
    expect(forbidden.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'")
    const missing = await get('/api/pages/999999999')
    expect(missing.status).toBe(404)
    expectSecurityHeaderFamily(missing)
  })
})

import { describe, expect, it } from 'vitest'
import { testEnv } from '../../tests/support/env'
import { cspDirective, expectSecurityHeaderFamily } from '../../tests/support/httpChecks'
import { webClient } from './webClient'

/** web's security headers on every kind of response, over real HTTP (docs/decisions/023-security-headers.md). */


const nonceOf = (response: Response) =>
  cspDirective(response.headers.get('content-security-policy'), 'script-src')
    ?.find((source) => source.startsWith("'nonce-"))
    ?.slice("'nonce-".length, -1)

const expectSecured = (response: Response) => {
  expectSecurityHeaderFamily(response)
  const csp = response.headers.get('content-security-policy')
  expect(cspDirective(csp, 'frame-ancestors')).toEqual(["'none'"])
  const scripts = cspDirective(csp, 'script-src') ?? []
  expect(scripts).not.toContain("'unsafe-inline'")
  expect(scripts).not.toContain("'unsafe-eval'")
  expect(cspDirective(csp, 'style-src')).toEqual(["'self'"])
}

describe('pages', () => {
  it('the marketing landing carries the headers', async () => {
    const { status, response } = await webClient().get('/')
    expect(status).toBe(200)
    expectSecured(response)
  })

  it('the login page: every script carries this response’s nonce, and the nonce changes each time', async () => {
    const first = await webClient().get('/connexion')
    expect(first.status).toBe(200)
    expectSecured(first.response)
    const nonce = nonceOf(first.response)
    expect(nonce).toBeTruthy()
    const tags = first.html.match(/<script\b[^>]*>/g) ?? []
    expect(tags.length).toBeGreaterThan(0)
    for (const tag of tags) expect(tag, tag).toContain(`nonce="${nonce}"`)
    const second = await webClient().get('/connexion')
    expect(nonceOf(second.response)).not.toBe(nonce)
  })

  it('the portal’s redirect of a signed-out visitor carries the headers', async () => {
    const { status, location, response } = await webClient().get('/portail')
    expect(status).toBe(302)
    expect(location).toMatch(/^\/connexion/)
    expectSecured(response)
  })

  it('a page that does not exist answers 404 with the headers', async () => {
    const { status, response } = await webClient().get('/cette-page-n-existe-pas-du-tout')
    expect(status).toBe(404)
    expectSecured(response)
  })
})

describe('other responses', () => {
  it.each(['/robots.txt', '/sitemap.xml', '/healthz'])('the resource route %s carries the headers', async (path) => {
    const { status, response } = await webClient().get(path)
    expect(status).toBe(200)
    expectSecured(response)
  })

  it('static files — the favicon and the built scripts — carry the headers', async () => {
    const { html } = await webClient().get('/connexion')
    const script = html.match(/src="(\/assets\/[^"]+\.js)"/)?.[1] ?? html.match(/href="(\/assets\/[^"]+\.js)"/)?.[1]
    expect(script).toBeTruthy()
    for (const path of ['/favicon.svg', script!]) {
      const response = await fetch(`${testEnv.webUrl}${path}`)
      expect(response.status, path).toBe(200)
      expectSecured(response)
    }
  })
})

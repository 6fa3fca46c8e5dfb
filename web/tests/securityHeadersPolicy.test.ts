import { describe, expect, it } from 'vitest'
import { webSecurityHeaders } from '../server/securityHeaders'

/** web's policy as a deployment configures it: the https address turns on HSTS and upgrades (decision 023). */
describe('webSecurityHeaders', () => {
  const http = webSecurityHeaders({ nonce: 'abc', webUrl: 'http://localhost:3000', cmsPublicUrl: 'http://localhost:3001/' })
  const https = webSecurityHeaders({ nonce: 'abc', webUrl: 'https://atlas.example', cmsPublicUrl: 'https://cms.atlas.example' })

  it('sends HSTS and upgrade-insecure-requests only behind an https WEB_URL', () => {
    expect(http['Strict-Transport-Security']).toBeUndefined()
    expect(http['Content-Security-Policy']).not.toContain('upgrade-insecure-requests')
    expect(https['Strict-Transport-Security']).toMatch(/^max-age=31536000/)
    expect(https['Content-Security-Policy']).toContain('upgrade-insecure-requests')
  })

  it('lets images come from the cms origin only, whatever path CMS_PUBLIC_URL has', () => {
    expect(https['Content-Security-Policy']).toContain("img-src 'self' data: https://cms.atlas.example;")
    expect(http['Content-Security-Policy']).toContain("img-src 'self' data: http://localhost:3001;")
  })

  it('runs inline scripts only with the nonce of this response', () => {
    expect(https['Content-Security-Policy']).toContain("script-src 'self' 'nonce-abc';")
  })
})

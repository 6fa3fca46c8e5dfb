import { afterEach, describe, expect, it } from 'vitest'
import { adminPolicy, adminSecurityHeaders, apiSecurityHeaders } from './securityHeaders'

/** The cms's headers follow the deployment's CMS_PUBLIC_URL and NODE_ENV at request time (decision 023). */
const original = process.env.CMS_PUBLIC_URL
afterEach(() => {
  if (original === undefined) delete process.env.CMS_PUBLIC_URL
  else process.env.CMS_PUBLIC_URL = original
})

describe('cms security headers', () => {
  it('allows eval to the admin only under next dev', () => {
    expect(adminPolicy('n', { development: true })).toContain("'unsafe-eval'")
    expect(adminPolicy('n', { development: false })).not.toContain("'unsafe-eval'")
  })

  it('sends HSTS on admin pages and API answers only when CMS_PUBLIC_URL is https', () => {
    process.env.CMS_PUBLIC_URL = 'http://localhost:3001'
    expect(adminSecurityHeaders('n')['Strict-Transport-Security']).toBeUndefined()
    expect(apiSecurityHeaders()['Strict-Transport-Security']).toBeUndefined()
    process.env.CMS_PUBLIC_URL = 'https://cms.atlas.example'
    expect(adminSecurityHeaders('n')['Strict-Transport-Security']).toMatch(/^max-age=/)
    expect(apiSecurityHeaders()['Strict-Transport-Security']).toMatch(/^max-age=/)
    expect(adminSecurityHeaders('n')['Content-Security-Policy']).toContain('upgrade-insecure-requests')
  })
})

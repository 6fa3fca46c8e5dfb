import { describe, expect, it } from 'vitest'
import { baseSecurityHeaders, contentSecurityPolicy, isHttpsUrl, originOf } from './securityHeaders'

describe('baseSecurityHeaders', () => {
  it('sends Strict-Transport-Security only when the public address is https', () => {
    expect(baseSecurityHeaders({ https: true })['Strict-Transport-Security']).toMatch(/^max-age=\d+/)
    expect(baseSecurityHeaders({ https: false })).not.toHaveProperty('Strict-Transport-Security')
  })

  it('turns camera, microphone, geolocation and payment off', () => {
    const policy = baseSecurityHeaders({ https: false })['Permissions-Policy']
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment']) expect(policy).toContain(`${feature}=()`)
  })
})

describe('contentSecurityPolicy', () => {
  it('joins sources after their directive and writes value-less directives alone', () => {
    expect(contentSecurityPolicy({ 'default-src': ["'self'", 'https://a.example'], 'upgrade-insecure-requests': true })).toBe(
      "default-src 'self' https://a.example; upgrade-insecure-requests",
    )
  })
})

describe('isHttpsUrl / originOf', () => {
  it('reads the scheme and origin of a public address', () => {
    expect(isHttpsUrl('https://atlas.example')).toBe(true)
    expect(isHttpsUrl('http://localhost:3000')).toBe(false)
    expect(originOf('https://cms.example:8443/admin')).toBe('https://cms.example:8443')
    expect(originOf('not a url')).toBeNull()
  })
})

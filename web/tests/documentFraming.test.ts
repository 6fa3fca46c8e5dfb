import { describe, expect, it } from 'vitest'
import { cspDirective } from '../../tests/support/httpChecks'
import { framingOf } from '../server/documentFraming'
import { webSecurityHeaders } from '../server/securityHeaders'

/** Decision 042: pages may frame 'self', and only a client document's PDF route lets itself be framed (by us). */
describe('framing of a client document’s PDF', () => {
  const headers = (path: string) => webSecurityHeaders({ nonce: 'n', webUrl: 'http://localhost:3000', cmsPublicUrl: 'http://localhost:3001', framing: framingOf(path) })

  it('lets our own pages frame the PDF route, no one else', () => {
    const pdf = headers('/portail/documents/12/pdf')
    // Only who may frame it: Chrome's PDF viewer needs its <embed> and its own inline styles.
    expect(pdf['Content-Security-Policy']).toBe("frame-ancestors 'self'")
    expect(pdf['X-Frame-Options']).toBe('SAMEORIGIN')
  })

  it('keeps every other response unframeable; pages frame only same-origin content', () => {
    for (const path of ['/portail/documents/12', '/portail/documents', '/portail/documents/12/autre', '/portail/abonnement/factures/3/pdf', '/portail', '/connexion']) {
      const other = headers(path)
      expect(cspDirective(other['Content-Security-Policy']!, 'frame-ancestors')).toEqual(["'none'"])
      expect(cspDirective(other['Content-Security-Policy']!, 'frame-src')).toEqual(["'self'"])
      expect(other['X-Frame-Options']).toBe('DENY')
    }
  })
})

import { describe, expect, it } from 'vitest'
import { PREVIEW_LIFETIME_SECONDS, signPreviewToken, verifyPreviewToken } from './previewToken'

const SECRET = 'test-secret'
const NOW = Date.UTC(2026, 10, 25, 9, 0, 0)

describe('preview tokens', () => {
  it('open the page they were signed for until they expire', () => {
    const token = signPreviewToken(42, SECRET, NOW)
    expect(verifyPreviewToken(token, SECRET, NOW + 1000)).toEqual({ ok: true, pageId: 42 })
    expect(verifyPreviewToken(token, SECRET, NOW + PREVIEW_LIFETIME_SECONDS * 1000)).toEqual({ ok: false, reason: 'expired' })
  })

  it('refuse a token signed with another secret, altered, or malformed', () => {
    const token = signPreviewToken(42, SECRET, NOW)
    const [, signature] = token.split('.')
    const forged = `${Buffer.from(JSON.stringify({ id: 43, exp: NOW / 1000 + 60 })).toString('base64url')}.${signature}`
    for (const bad of [signPreviewToken(42, 'other', NOW), forged, `${token}x`, 'abc', '', `${token}.more`, 42, null]) {
      expect(verifyPreviewToken(bad, SECRET, NOW)).toEqual({ ok: false, reason: 'invalid' })
    }
  })
})

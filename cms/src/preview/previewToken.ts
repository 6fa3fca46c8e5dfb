import { createHash, createHmac, timingSafeEqual } from 'node:crypto'

/*
 * A preview token lets whoever holds it read the latest draft of one page,
 * for a short time. The cms signs it when it builds the admin's
 * "Prévisualiser" link for an editor and checks it when web asks for the
 * draft (POST /api/pages/preview), so the secret never leaves the cms.
 * Format: base64url(JSON { id, exp }) "." base64url(HMAC-SHA256).
 */

export const PREVIEW_LIFETIME_SECONDS = 60 * 60

const keyOf = (secret: string) => createHash('sha256').update(`atlas-page-preview:${secret}`).digest()
const sign = (body: string, secret: string) => createHmac('sha256', keyOf(secret)).update(body).digest('base64url')

export function signPreviewToken(pageId: number | string, secret: string, now = Date.now()): string {
  const body = Buffer.from(JSON.stringify({ id: pageId, exp: Math.floor(now / 1000) + PREVIEW_LIFETIME_SECONDS })).toString('base64url')
  return `${body}.${sign(body, secret)}`
}

export type PreviewCheck = { ok: true; pageId: number | string } | { ok: false; reason: 'invalid' | 'expired' }

export function verifyPreviewToken(token: unknown, secret: string, now = Date.now()): PreviewCheck {
  if (typeof token !== 'string' || token.length > 512) return { ok: false, reason: 'invalid' }
  const [body, signature, ...rest] = token.split('.')
  if (!body || !signature || rest.length > 0) return { ok: false, reason: 'invalid' }
  const expected = Buffer.from(sign(body, secret))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'invalid' }
  let claims: { id?: unknown; exp?: unknown }
  try {
    claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'))
  } catch {
    return { ok: false, reason: 'invalid' }
  }
  if ((typeof claims.id !== 'number' && typeof claims.id !== 'string') || typeof claims.exp !== 'number') {
    return { ok: false, reason: 'invalid' }
  }
  if (claims.exp * 1000 <= now) return { ok: false, reason: 'expired' }
  return { ok: true, pageId: claims.id }
}

import { baseSecurityHeaders, contentSecurityPolicy, isHttpsUrl, NOTHING_POLICY } from '@atlas/shared/net/securityHeaders'

/*
 * The cms's security headers (docs/decisions/023-security-headers.md). Read at
 * request time, not at build time: CMS_PUBLIC_URL is the deployment's.
 */
const https = () => isHttpsUrl(process.env.CMS_PUBLIC_URL)

/** 128 random bits for one admin page (Web Crypto: works in any Next runtime). */
export const newNonce = (): string => {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return btoa(String.fromCharCode(...bytes))
}

/**
 * The Payload admin's policy. Scripts only with this response's nonce (Next puts
 * it on its own scripts when it finds it in the request's CSP header).
 * Relaxations, each needed by the admin as it is (decision 023):
 * - `style-src 'unsafe-inline'`: Payload and Lexical write style attributes and <style> elements;
 * - `img-src blob: data:` and `media-src blob:`: previews of a file chosen for upload, Payload's inline icons;
 * - `'unsafe-eval'` under `next dev` only (React's development build needs it).
 */
export function adminPolicy(nonce: string, options: { development: boolean }): string {
  return contentSecurityPolicy({
    'default-src': ["'self'"],
    'script-src': ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(options.development ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'media-src': ["'self'", 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'worker-src': ["'self'", 'blob:'],
    'form-action': ["'self'"],
    'frame-src': ["'self'"],
    'frame-ancestors': ["'none'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    ...(https() ? { 'upgrade-insecure-requests': true as const } : {}),
  })
}

/** Headers of an admin page (and anything else the proxy sees). */
export const adminSecurityHeaders = (nonce: string): Record<string, string> => ({
  ...baseSecurityHeaders({ https: https() }),
  'Content-Security-Policy': adminPolicy(nonce, { development: process.env.NODE_ENV === 'development' }),
})

/** Headers of every /api answer: JSON and media files load nothing and are framed by nobody. */
export const apiSecurityHeaders = (): Record<string, string> => ({
  ...baseSecurityHeaders({ https: https() }),
  'Content-Security-Policy': NOTHING_POLICY,
})

/** The response with the /api headers added (a copy when its headers are read-only). */
export function withApiHeaders(response: Response): Response {
  const headers = apiSecurityHeaders()
  try {
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value)
    return response
  } catch {
    const copy = new Headers(response.headers)
    for (const [name, value] of Object.entries(headers)) copy.set(name, value)
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers: copy })
  }
}

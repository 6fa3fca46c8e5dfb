/*
 * Next's proxy (formerly middleware): a fresh CSP nonce and the security
 * headers for every admin page and anything else outside /api, whose route
 * handler adds its own (docs/decisions/023-security-headers.md). Next reads the
 * nonce from the request's Content-Security-Policy header and puts it on its scripts.
 */
import { NextResponse, type NextRequest } from 'next/server'
import { adminSecurityHeaders, newNonce } from './http/securityHeaders'

export function proxy(request: NextRequest) {
  const nonce = newNonce()
  const headers = adminSecurityHeaders(nonce)
  const forwarded = new Headers(request.headers)
  forwarded.set('x-nonce', nonce)
  forwarded.set('Content-Security-Policy', headers['Content-Security-Policy']!)
  const response = NextResponse.next({ request: { headers: forwarded } })
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value)
  return response
}

export const config = {
  // Not /api (its route adds the headers, and its bodies must reach the 1 MB check unbuffered), not built files.
  matcher: ['/((?!api/|_next/static/|_next/image).*)'],
}

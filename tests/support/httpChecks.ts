import { expect } from 'vitest'

/** The values of one directive of a Content-Security-Policy header (undefined when absent). */
export const cspDirective = (csp: string | null, name: string): string[] | undefined =>
  csp
    ?.split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([directiveName]) => directiveName === name)
    ?.slice(1)

/**
 * The header family both apps send on every response (docs/decisions/023).
 * The test stack's public addresses are http: no HSTS (an https address is
 * covered by shared/src/net/securityHeaders.test.ts).
 */
export const expectSecurityHeaderFamily = (response: Response) => {
  expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  expect(response.headers.get('x-frame-options')).toBe('DENY')
  expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
  expect(response.headers.get('permissions-policy')).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\).*payment=\(\)/)
  expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin')
  expect(response.headers.get('strict-transport-security')).toBeNull()
}

/** The same bytes as a chunked stream (64 kB pieces): no Content-Length for a server to judge by. */
export const chunkedBody = (text: string): ReadableStream<Uint8Array> => {
  const bytes = new TextEncoder().encode(text)
  let offset = 0
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close()
      controller.enqueue(bytes.slice(offset, offset + 64 * 1024))
      offset += 64 * 1024
    },
  })
}

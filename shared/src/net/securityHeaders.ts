/**
 * The security headers web and the cms send on every response
 * (docs/decisions/023-security-headers.md). Each app adds its own
 * Content-Security-Policy, built with `contentSecurityPolicy`.
 */

/** Browser features neither app uses: denied to the page and to any frame. */
const DENIED_FEATURES = [
  'accelerometer', 'autoplay', 'camera', 'display-capture', 'geolocation', 'gyroscope', 'hid', 'magnetometer',
  'microphone', 'midi', 'payment', 'publickey-credentials-get', 'screen-wake-lock', 'serial', 'usb', 'xr-spatial-tracking',
] as const

/** One year, subdomains included; only ever sent over https. */
const HSTS = 'max-age=31536000; includeSubDomains'

export const isHttpsUrl = (url: string | undefined): boolean => /^https:\/\//i.test(url?.trim() ?? '')

/** The headers every response carries, whatever it is (page, JSON, redirect, error, static file). */
export function baseSecurityHeaders(options: { https: boolean }): Record<string, string> {
  return {
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': DENIED_FEATURES.map((feature) => `${feature}=()`).join(', '),
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...(options.https ? { 'Strict-Transport-Security': HSTS } : {}),
  }
}

export type CspDirectives = Record<string, readonly string[] | true>

/** `{ 'default-src': ["'self'"], 'upgrade-insecure-requests': true }` → the header value. */
export const contentSecurityPolicy = (directives: CspDirectives): string =>
  Object.entries(directives)
    .map(([name, sources]) => (sources === true ? name : [name, ...sources].join(' ')))
    .join('; ')

/** For JSON, files and anything that is not a page: nothing may load, nothing may frame it. */
export const NOTHING_POLICY = contentSecurityPolicy({ 'default-src': ["'none'"], 'frame-ancestors': ["'none'"] })

/** The origin of a URL (`https://cms.example/x` → `https://cms.example`), or null when it is not one. */
export const originOf = (url: string | undefined): string | null => {
  try {
    return url ? new URL(url).origin : null
  } catch {
    return null
  }
}

/**
 * A notification's link is a path of the web portal (`/portail/...`) or an
 * absolute http(s) address (e.g. the admin for advisors). Anything else —
 * `javascript:`, protocol-relative `//host` — is dropped.
 */
export const notificationLink = (value: unknown): string | null => {
  if (typeof value !== 'string' || value.length > 500) return null
  if (value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\')) return value
  return /^https?:\/\/[^\s]+$/i.test(value) ? value : null
}

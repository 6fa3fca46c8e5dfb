/**
 * Every setting web reads, with the default that applies when unset.
 * `.env.example` at the repository root lists the same names.
 */
import { parseTrustProxy } from '@atlas/shared/net/clientIp'
import { readSecret } from '@atlas/shared/secrets.server'

const read = (name: string, fallback: string): string => {
  const value = process.env[name]
  return value && value.trim() !== '' ? value.trim() : fallback
}

const withoutTrailingSlash = (url: string) => url.replace(/\/+$/, '')

export const env = {
  /** Where web's server reaches the cms REST API. */
  cmsUrl: withoutTrailingSlash(read('CMS_URL', 'http://127.0.0.1:3001')),
  /** Where a browser reaches the cms (its /admin), for staff links. */
  cmsPublicUrl: withoutTrailingSlash(read('CMS_PUBLIC_URL', 'http://localhost:3001')),
  /** Where a browser reaches web itself. */
  webUrl: withoutTrailingSlash(read('WEB_URL', 'http://localhost:3000')),
  /** No default: production refuses to start without a good one (docs/decisions/018-secrets-and-client-ip.md). */
  sessionSecret: readSecret('SESSION_SECRET'),
  /** Shared with the cms: vouches for the visitor IP web forwards (contact, login and sign-up limits). */
  webForwardKey: readSecret('WEB_FORWARD_KEY'),
  /** Reverse proxies in front of web that append to X-Forwarded-For; 0: the TCP peer is the visitor. */
  trustProxy: parseTrustProxy(process.env.TRUST_PROXY),
  isProduction: process.env.NODE_ENV === 'production',
}


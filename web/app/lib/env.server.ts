/**
 * Every setting web reads, with the default that applies when unset.
 * `.env.example` at the repository root lists the same names.
 */
const DEV_SESSION_SECRET = 'atlas-web-dev-session-secret-change-me'

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
  sessionSecret: read('SESSION_SECRET', DEV_SESSION_SECRET),
  /** Shared with the cms: vouches for the visitor IP web forwards (contact rate limit). */
  webForwardKey: read('WEB_FORWARD_KEY', 'atlas-dev-forward-key-change-me'),
  isProduction: process.env.NODE_ENV === 'production',
}

// The demo stack (scripts/, ATLAS_DEMO=1) runs in production mode on purpose.
if (env.isProduction && env.sessionSecret === DEV_SESSION_SECRET && !process.env.ATLAS_DEMO) {
  console.warn('[atlas web] SESSION_SECRET is not set: using the development secret. Set it in production.')
}

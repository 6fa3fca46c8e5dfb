import { randomBytes } from 'node:crypto'
import { baseSecurityHeaders, contentSecurityPolicy, originOf } from '@atlas/shared/net/securityHeaders'
import type { Framing } from './documentFraming'

/** 128 random bits, fresh for every response. */
export const newNonce = (): string => randomBytes(16).toString('base64')

/**
 * Every header web sends on every response — pages, redirects, errors,
 * resource routes and static files alike (docs/decisions/023-security-headers.md).
 * `webUrl`: web's public address (WEB_URL), https turns HSTS on;
 * `cmsPublicUrl`: where the browser fetches cms media (images, videos);
 * `framing`: 'framed' for a client document's PDF (documentFraming.ts), the one response a page of ours may frame.
 */
export function webSecurityHeaders(options: { nonce: string; webUrl: string; cmsPublicUrl: string; framing?: Framing }): Record<string, string> {
  const https = originOf(options.webUrl)?.startsWith('https:') ?? false
  const cms = originOf(options.cmsPublicUrl)
  const media = cms ? [cms] : []
  const csp = contentSecurityPolicy({
    'default-src': ["'self'"],
    // React Router's module scripts come from 'self'; its inline ones (context, hydration data, scroll restoration) carry the nonce.
    'script-src': ["'self'", `'nonce-${options.nonce}'`],
    // Style sheets only from 'self', never an injected <style>; style attributes are allowed (nivo's SVG text, bar widths).
    'style-src': ["'self'"],
    'style-src-attr': ["'unsafe-inline'"],
    'img-src': ["'self'", 'data:', ...media],
    // A lesson's video is a cms upload or an https file an editor linked.
    'media-src': ["'self'", ...media, 'https:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'form-action': ["'self'"],
    // Only our own PDF route lets itself be framed (documentFraming.ts): 'self' here frames nothing else.
    'frame-src': ["'self'"],
    'frame-ancestors': ["'none'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    ...(https ? { 'upgrade-insecure-requests': true as const } : {}),
  })
  const base = baseSecurityHeaders({ https })
  if (options.framing === 'framed') {
    // A PDF's bytes (nosniff, application/pdf): Chrome's viewer draws it through an <embed> and inline styles of its
    // own page, which the page policy (object-src 'none', style-src 'self') would block. Only who may frame it matters.
    return { ...base, 'X-Frame-Options': 'SAMEORIGIN', 'Content-Security-Policy': contentSecurityPolicy({ 'frame-ancestors': ["'self'"] }) }
  }
  return { ...base, 'Content-Security-Policy': csp }
}

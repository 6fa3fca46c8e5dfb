import { timingSafeEqual } from 'node:crypto'
import type { PayloadRequest } from 'payload'
import { clientIpOfRequest } from '@atlas/shared/net/peerAddress.server'
import { env } from '../env'

/** Header in which web passes its visitor's IP, believed only with the matching key header (decision 008). */
export const CLIENT_IP_HEADER = 'x-atlas-client-ip'
export const FORWARD_KEY_HEADER = 'x-atlas-forward-key'

const sameSecret = (given: string, expected: string) => {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * The address the rate limits count (docs/decisions/018-secrets-and-client-ip.md):
 * the visitor IP web forwards when it proves itself with WEB_FORWARD_KEY,
 * else the cms's own view — its TCP peer, or with TRUST_PROXY=n the address
 * n proxies back in X-Forwarded-For. A client-written X-Forwarded-For or
 * X-Real-IP never chooses the bucket.
 */
export const clientIpOf = (req: Pick<PayloadRequest, 'headers'>): string => {
  const forwarded = req.headers.get(CLIENT_IP_HEADER)?.trim()
  if (forwarded && isVouchedByWeb(req)) return forwarded
  return clientIpOfRequest(req.headers, env.trustProxy)
}

/** Whether the request carries web's forward key: what web says of its visitor (IP, browser) is then believed. */
export const isVouchedByWeb = (req: Pick<PayloadRequest, 'headers'>): boolean => {
  const key = req.headers.get(FORWARD_KEY_HEADER)
  return Boolean(key) && sameSecret(key!, env.webForwardKey)
}

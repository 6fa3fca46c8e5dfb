import { createHash, timingSafeEqual } from 'node:crypto'
import type { PayloadRequest } from 'payload'
import { env } from '../../env'

/** Five contact requests per hour and per IP (docs/decisions/008-contact-form-rate-limit.md). */
export const CONTACT_LIMIT = 5
export const CONTACT_WINDOW_MS = 60 * 60 * 1000

/** Header in which web passes its visitor's IP, believed only with the matching key header. */
export const CLIENT_IP_HEADER = 'x-atlas-client-ip'
export const FORWARD_KEY_HEADER = 'x-atlas-forward-key'

const sameSecret = (given: string, expected: string) => {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * The visitor's IP: the one web forwards when it proves itself with the
 * shared key, else the first hop the cms's own proxy chain reports.
 */
export const clientIpOf = (req: Pick<PayloadRequest, 'headers'>): string => {
  const forwarded = req.headers.get(CLIENT_IP_HEADER)
  const key = req.headers.get(FORWARD_KEY_HEADER)
  if (forwarded && key && sameSecret(key, env.webForwardKey)) return forwarded.trim()
  const chain = req.headers.get('x-forwarded-for') ?? req.headers.get('x-real-ip') ?? ''
  return chain.split(',')[0]?.trim() || 'unknown'
}

/** Salted so the table cannot be reversed into IPs with a dictionary of addresses. */
export const ipHashOf = (ip: string) => createHash('sha256').update(`${env.payloadSecret}:${ip}`).digest('hex')

/** True when this IP has already made CONTACT_LIMIT requests in the last hour. */
export const contactLimitReached = async (req: PayloadRequest, ipHash: string): Promise<boolean> => {
  const since = new Date(Date.now() - CONTACT_WINDOW_MS).toISOString()
  const { totalDocs } = await req.payload.count({
    collection: 'contact-attempts',
    overrideAccess: true,
    req,
    where: { and: [{ ipHash: { equals: ipHash } }, { createdAt: { greater_than: since } }] },
  })
  return totalDocs >= CONTACT_LIMIT
}

export const recordContactAttempt = (req: PayloadRequest, ipHash: string) =>
  req.payload.create({ collection: 'contact-attempts', overrideAccess: true, req, data: { ipHash } })

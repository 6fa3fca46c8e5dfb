import { createHash } from 'node:crypto'
import { APIError, type Payload, type PayloadRequest } from 'payload'
import { translate, type MessageKey } from '@atlas/shared/i18n'
import { env } from '../env'
import { requestLocale } from '../i18n/requestLocale'
import { clientIpOf } from './clientIp'

/**
 * The per-IP limits of anonymous entry points, all counted the same way: one
 * row per attempt in `contact-attempts` (scope, salted IP hash, createdAt),
 * one indexed count over the window, rows purged after a day
 * (jobs/purgeRateLimitRows.ts). Decisions 008 and 018.
 */
export const RATE_LIMITS = {
  /** Contact requests. */
  contact: { max: 5, windowMs: 60 * 60 * 1000, message: 'errors.contact.rateLimited' },
  /** Failed logins, whatever the account: beside Payload's per-account lockout. */
  login: { max: 10, windowMs: 15 * 60 * 1000, message: 'errors.login.rateLimited' },
  /** Anonymous account creations, accepted or refused. */
  signup: { max: 10, windowMs: 60 * 60 * 1000, message: 'errors.signup.rateLimited' },
  /** Second-factor codes (TOTP or recovery) per account, right or wrong: 6-digit codes must not be guessable. */
  twoFactorAccount: { max: 5, windowMs: 15 * 60 * 1000, message: 'errors.twoFactor.rateLimited' },
  /** Second-factor codes per IP, whatever the account. */
  twoFactorIp: { max: 20, windowMs: 15 * 60 * 1000, message: 'errors.twoFactor.rateLimited' },
  /** Client documents queued per person (`user:<id>`), whatever the client: each one is a PDF render (decision 038). */
  documentGenerate: { max: 10, windowMs: 60 * 1000, message: 'documents.errors.rateLimited' },
} as const satisfies Record<string, { max: number; windowMs: number; message: MessageKey }>

export type RateLimitScope = keyof typeof RATE_LIMITS

/** Salted so the table cannot be reversed into IPs with a dictionary of addresses. */
export const ipHashOf = (ip: string) => createHash('sha256').update(`${env.payloadSecret}:${ip}`).digest('hex')

const recentAttempts = async (payload: Payload, scope: RateLimitScope, ipHash: string): Promise<number> => {
  const since = new Date(Date.now() - RATE_LIMITS[scope].windowMs).toISOString()
  const { totalDocs } = await payload.count({
    collection: 'contact-attempts',
    overrideAccess: true,
    where: { and: [{ ipHash: { equals: ipHash } }, { scope: { equals: scope } }, { createdAt: { greater_than: since } }] },
  })
  return totalDocs
}

/*
 * Rows are written without the request's transaction on purpose: an attempt
 * that fails afterwards (wrong password, e-mail taken) still counts.
 */
export const recordAttempt = (payload: Payload, scope: RateLimitScope, ipHash: string) =>
  payload.create({ collection: 'contact-attempts', overrideAccess: true, data: { scope, ipHash } })

/** The 429 a refused caller gets, in their language. */
export const rateLimitedError = (req: PayloadRequest, scope: RateLimitScope) =>
  new APIError(translate(requestLocale(req), RATE_LIMITS[scope].message), 429, null, true)

/**
 * Refuses (429) when this client (or `subject`, e.g. `user:12` for a
 * per-account limit) has used up `scope` in its window; returns the salted
 * hash to record the attempt with.
 */
export async function checkRateLimit(req: PayloadRequest, scope: RateLimitScope, subject: string = clientIpOf(req)): Promise<string> {
  const ipHash = ipHashOf(subject)
  if ((await recentAttempts(req.payload, scope, ipHash)) >= RATE_LIMITS[scope].max) throw rateLimitedError(req, scope)
  return ipHash
}

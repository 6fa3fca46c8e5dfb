import { jwtVerify } from 'jose'
import type { CollectionAfterLoginHook, CollectionAfterOperationHook, Payload, PayloadRequest } from 'payload'
import { parseCookies } from 'payload/shared'
import { isRole, requiresTwoFactor } from '@atlas/shared'
import { isEnabled, livePending, readRecord, readRecordWith, writeRecord, type PendingSession, type TwoFactorRecord } from './record'

/*
 * The second factor is enforced by Payload's own authentication: at login,
 * the new session of an account with TOTP (or of staff without it) is taken
 * out of `users.sessions` and kept in the hidden `twoFactorPending`. Payload's
 * JWT strategy accepts a token only while its session is in `users.sessions`,
 * so until the code is checked the token is worth nothing anywhere — every
 * collection, /me, custom endpoints, GraphQL, the admin. Only the endpoints of
 * /api/users/two-factor read it (callerOf below) and put the session back.
 */

/** Minutes to type the code (or enrol) after the password. */
const PENDING_MINUTES = 15
const SECOND_FACTOR = 'secondFactor'

const claimsOf = (token: string): { id?: unknown; sid?: unknown } => {
  try {
    return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'))
  } catch {
    return {}
  }
}

export const holdSessionForSecondFactor: CollectionAfterLoginHook = async ({ req, token, user }) => {
  const record = await readRecord(req, user.id)
  if (!record) return user
  const enabled = isEnabled(record)
  if (!enabled && !requiresTwoFactor(isRole(record.role) ? record.role : null)) return user
  const { sid } = claimsOf(token)
  const session = (record.sessions ?? []).find((s) => s.id === sid)
  if (!session) return user
  const step: PendingSession['step'] = enabled ? 'verify' : 'enrol'
  const until = new Date(Math.min(Date.parse(String(session.expiresAt)), Date.now() + PENDING_MINUTES * 60_000)).toISOString()
  await writeRecord(req, record, {
    sessions: (record.sessions ?? []).filter((s) => s.id !== sid),
    twoFactorPending: [...livePending(record), { id: session.id, step, until, session }],
  })
  req.context[SECOND_FACTOR] = step
  return user
}

/**
 * The login answer says what the token still needs: `secondFactor: 'verify' | 'enrol'` (absent: nothing).
 * A password reset logs in too (Payload runs the afterLogin hooks): its token is held the same way.
 */
export const announceSecondFactor: CollectionAfterOperationHook = ({ operation, req, result }) => {
  if (operation !== 'login' && operation !== 'resetPassword') return result
  const step = req.context[SECOND_FACTOR]
  return step ? { ...result, secondFactor: step } : result
}

/** The caller's token, read as Payload does: `JWT`/`Bearer` header, or the admin's cookie from an allowed origin or the same origin. */
const tokenOf = (req: PayloadRequest): string | null => {
  const header = req.headers.get('Authorization') ?? ''
  if (header.startsWith('JWT ')) return header.slice(4)
  if (header.startsWith('Bearer ')) return header.slice(7)
  const cookie = parseCookies(req.headers).get(`${req.payload.config.cookiePrefix}-token`)
  if (!cookie) return null
  const origin = req.headers.get('Origin')
  const allowed = req.payload.config.csrf
  const site = req.headers.get('Sec-Fetch-Site')
  // A browser's own same-origin call (the admin page at another name of this host) is no cross-site request either.
  if (site === 'same-origin') return cookie
  if (origin) return allowed.length === 0 || allowed.includes(origin) ? cookie : null
  return allowed.length === 0 || site === 'same-origin' || site === 'same-site' || site === 'none' ? cookie : null
}

export type Caller = { record: TwoFactorRecord; sid: string; pending: PendingSession | null }

/**
 * Who calls a two-factor endpoint: a full session (Payload set req.user), or
 * a token whose session is held for its second factor. Null: neither.
 */
export async function callerOf(req: PayloadRequest): Promise<Caller | null> {
  const user = req.user as { id: number; collection?: string; _sid?: unknown } | null
  if (user && user.collection === 'users' && typeof user._sid === 'string') {
    const record = await readRecord(req, user.id)
    return record ? { record, sid: user._sid, pending: null } : null
  }
  const token = tokenOf(req)
  return token ? heldLoginOf(req.payload, token, req) : null
}

/** The login held for its second factor that `token` (signed by this server) belongs to, if any. */
export async function heldLoginOf(payload: Payload, token: string, req?: PayloadRequest): Promise<Caller | null> {
  try {
    const { payload: claims } = await jwtVerify(token, new TextEncoder().encode(payload.secret))
    if (claims.collection !== 'users' || typeof claims.sid !== 'string') return null
    if (typeof claims.id !== 'number' && typeof claims.id !== 'string') return null
    const record = await readRecordWith(payload, claims.id, req)
    const pending = record ? livePending(record).find((p) => p.id === claims.sid) : undefined
    return record && pending ? { record, sid: claims.sid, pending } : null
  } catch {
    return null
  }
}

/** The held session becomes a real one: the same token now works everywhere. */
export const releaseSession = async (req: PayloadRequest, caller: Caller) => {
  if (!caller.pending) return
  const { record, sid } = caller
  await writeRecord(req, record, {
    sessions: [...(record.sessions ?? []), caller.pending.session],
    twoFactorPending: livePending(record).filter((p) => p.id !== sid),
  })
  caller.pending = null
}

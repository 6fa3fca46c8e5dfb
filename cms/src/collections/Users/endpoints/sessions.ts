import { APIError, type Endpoint, type PayloadRequest } from 'payload'
import { translate } from '@atlas/shared/i18n'
import { requestLocale } from '../../../i18n/requestLocale'

type StoredSession = { id: string; createdAt?: string | Date | null; expiresAt: string | Date }
type Device = { id: number; sid: string; userAgent?: string | null; lastSeenAt: string }

/** The caller's own account (a users token with a session id), else a 401. */
const signedIn = (req: PayloadRequest) => {
  const user = req.user as { id: number; collection?: string; _sid?: string } | null
  if (!user || user.collection !== 'users' || typeof user._sid !== 'string') {
    throw new APIError(translate(requestLocale(req), 'errors.unauthorized'), 401, undefined, true)
  }
  return { id: user.id, sid: user._sid }
}

const liveSessions = async (req: PayloadRequest, id: number): Promise<StoredSession[]> => {
  const user = await req.payload.db.findOne<{ id: number; sessions?: StoredSession[] }>({ collection: 'users', req, where: { id: { equals: id } } })
  const now = Date.now()
  return (user?.sessions ?? []).filter((s) => new Date(s.expiresAt).getTime() > now)
}

const devicesOf = async (req: PayloadRequest, id: number): Promise<Device[]> =>
  (
    await req.payload.find({
      collection: 'session-devices',
      where: { user: { equals: id } },
      overrideAccess: true,
      depth: 0,
      limit: 0,
      pagination: false,
      req,
    })
  ).docs as unknown as Device[]

/**
 * GET /api/users/sessions — the caller's active sessions, newest first:
 * `{ sessions: [{ id, current, createdAt, expiresAt, lastSeenAt, userAgent }] }`.
 * Rows of sessions that ended (logout, expiry, password change) are dropped here.
 */
export const listSessionsEndpoint: Endpoint = {
  path: '/sessions',
  method: 'get',
  handler: async (req) => {
    const me = signedIn(req)
    const [sessions, devices] = await Promise.all([liveSessions(req, me.id), devicesOf(req, me.id)])
    const bySid = new Map(devices.map((d) => [d.sid, d]))
    const live = new Set(sessions.map((s) => s.id))
    const stale = devices.filter((d) => !live.has(d.sid)).map((d) => d.id)
    if (stale.length) {
      await req.payload.delete({ collection: 'session-devices', where: { id: { in: stale } }, overrideAccess: true, req })
    }
    const list = sessions
      .map((s) => {
        const device = bySid.get(s.id)
        const createdAt = s.createdAt ? new Date(s.createdAt).toISOString() : null
        return {
          id: s.id,
          current: s.id === me.sid,
          createdAt,
          expiresAt: new Date(s.expiresAt).toISOString(),
          lastSeenAt: device?.lastSeenAt ?? createdAt,
          userAgent: device?.userAgent ?? null,
        }
      })
      .sort((a, b) => String(b.lastSeenAt).localeCompare(String(a.lastSeenAt)))
    return Response.json({ sessions: list })
  },
}

/** POST /api/users/logout-others — ends every session of the caller's account but this one. */
export const logoutOthersEndpoint: Endpoint = {
  path: '/logout-others',
  method: 'post',
  handler: async (req) => {
    const me = signedIn(req)
    const user = await req.payload.db.findOne<{ id: number; sessions?: StoredSession[] }>({
      collection: 'users',
      req,
      where: { id: { equals: me.id } },
    })
    if (!user) throw new APIError(translate(requestLocale(req), 'errors.unauthorized'), 401, undefined, true)
    const kept = (user.sessions ?? []).filter((s) => s.id === me.sid)
    const ended = (user.sessions ?? []).length - kept.length
    // As Payload's own logout does: write the sessions back without touching updatedAt.
    await req.payload.db.updateOne({
      collection: 'users',
      id: me.id,
      data: { ...user, sessions: kept, updatedAt: null },
      req,
      returning: false,
    })
    await req.payload.delete({
      collection: 'session-devices',
      where: { and: [{ user: { equals: me.id } }, { sid: { not_equals: me.sid } }] },
      overrideAccess: true,
      req,
    })
    return Response.json({ ended })
  },
}

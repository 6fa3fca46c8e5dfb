import type { CollectionAfterLoginHook, CollectionAfterMeHook } from 'payload'

/** The session id a Payload token carries (its `sid` claim); the token is already verified. */
const sidOf = (token: string): string | null => {
  try {
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { sid?: unknown }
    return typeof claims.sid === 'string' ? claims.sid : null
  } catch {
    return null
  }
}

/** At login: which device opened this session (the user agent web forwards), and when. */
export const recordSessionDevice: CollectionAfterLoginHook = async ({ req, token, user }) => {
  const sid = sidOf(token)
  if (!sid) return user
  await req.payload.create({
    collection: 'session-devices',
    overrideAccess: true,
    req,
    data: { user: user.id, sid, userAgent: (req.headers.get('user-agent') ?? '').slice(0, 400), lastSeenAt: new Date().toISOString() },
  })
  return user
}

/** At most one write per session per minute: "last seen" is to the minute. */
const SEEN_EVERY_MS = 60_000
const lastWritten = new Map<string, number>()

/** Every `me` (web asks once per page) marks the session as seen. */
export const markSessionSeen: CollectionAfterMeHook = async ({ req, response }) => {
  const sid = (req.user as { _sid?: unknown } | null)?._sid
  if (typeof sid !== 'string') return response
  const now = Date.now()
  if (now - (lastWritten.get(sid) ?? 0) < SEEN_EVERY_MS) return response
  if (lastWritten.size > 10_000) lastWritten.clear()
  lastWritten.set(sid, now)
  await req.payload.update({
    collection: 'session-devices',
    where: { sid: { equals: sid } },
    data: { lastSeenAt: new Date(now).toISOString() },
    overrideAccess: true,
    depth: 0,
  })
  return response
}

import type { Endpoint } from 'payload'
import { generateExpiredPayloadCookie } from 'payload/shared'
import { requireRecoveryCode, requireTotp } from '../../../twoFactor/checkCode'
import { callerOf, releaseSession } from '../../../twoFactor/pendingSessions'
import { livePending, writeRecord } from '../../../twoFactor/record'
import { openSecret } from '../../../twoFactor/secrets'
import { refuse } from './twoFactorEnrolment'

/**
 * POST /api/users/two-factor/verify `{ code }` or `{ recoveryCode }` — the
 * second login step: with the token the login answered (header or the
 * admin's cookie), a right code makes that token's session usable.
 * Limited per account and per IP; a code, or a recovery code, works once.
 */
export const verifyTwoFactorEndpoint: Endpoint = {
  path: '/two-factor/verify',
  method: 'post',
  handler: async (req) => {
    const caller = await callerOf(req)
    if (!caller?.pending || caller.pending.step !== 'verify') return refuse(req, 401, 'errors.twoFactor.noPendingLogin')
    const secret = openSecret(caller.record.totpSecret)
    if (!secret) return refuse(req, 401, 'errors.twoFactor.noPendingLogin')
    const body = ((await req.json?.().catch(() => ({}))) ?? {}) as { code?: unknown; recoveryCode?: unknown }
    if (body.recoveryCode !== undefined && body.recoveryCode !== '') await requireRecoveryCode(req, caller.record, body.recoveryCode)
    else await requireTotp(req, caller.record, secret, body.code)
    await releaseSession(req, caller)
    return Response.json({ verified: true, recoveryCodesLeft: (caller.record.recoveryCodeHashes ?? []).length })
  },
}

/**
 * POST /api/users/two-factor/cancel — gives up a login held for its second
 * factor ("annuler et recommencer"): the held session is dropped and the
 * admin's cookie expired. Answers 200 even when there was nothing to drop.
 */
export const cancelTwoFactorEndpoint: Endpoint = {
  path: '/two-factor/cancel',
  method: 'post',
  handler: async (req) => {
    const caller = await callerOf(req)
    if (caller?.pending) {
      const sid = caller.sid
      await writeRecord(req, caller.record, { twoFactorPending: livePending(caller.record).filter((p) => p.id !== sid) })
    }
    const cookie = generateExpiredPayloadCookie({
      collectionAuthConfig: req.payload.collections.users!.config.auth,
      cookiePrefix: req.payload.config.cookiePrefix,
    })
    return Response.json({ cancelled: Boolean(caller?.pending) }, { headers: { 'Set-Cookie': cookie } })
  },
}

import { APIError, type Endpoint, type PayloadRequest } from 'payload'
import { translate, type MessageKey } from '@atlas/shared/i18n'
import { requestLocale } from '../../../i18n/requestLocale'
import { fieldError, requireTotp } from '../../../twoFactor/checkCode'
import { callerOf, releaseSession, type Caller } from '../../../twoFactor/pendingSessions'
import { isEnabled, writeRecord } from '../../../twoFactor/record'
import { hashRecoveryCode, newRecoveryCodes, openSecret, sealSecret } from '../../../twoFactor/secrets'
import { enrolmentOf, newTotpSecret } from '../../../twoFactor/totp'

export const refuse = (req: PayloadRequest, status: number, key: MessageKey): never => {
  throw new APIError(translate(requestLocale(req), key), status, undefined, true)
}

/** A signed-in caller, or a staff member between password and enrolment; anyone else gets a 401. */
const enrollingCaller = async (req: PayloadRequest): Promise<Caller> => {
  const caller = await callerOf(req)
  if (!caller || (caller.pending && caller.pending.step !== 'enrol')) return refuse(req, 401, 'errors.unauthorized')
  return caller
}

/** New recovery codes: shown once in the answer, stored only as digests. */
export const freshRecoveryCodes = () => {
  const codes = newRecoveryCodes()
  return { codes, hashes: codes.map(hashRecoveryCode) }
}

/**
 * POST /api/users/two-factor/start — a new secret for the caller's
 * authenticator app: `{ uri, secret, qrCode }` (an SVG data URL). Nothing is
 * on until /confirm gets a first code; a second start replaces the first.
 */
export const startTwoFactorEndpoint: Endpoint = {
  path: '/two-factor/start',
  method: 'post',
  handler: async (req) => {
    const { record } = await enrollingCaller(req)
    if (isEnabled(record)) refuse(req, 409, 'errors.twoFactor.alreadyEnabled')
    const secret = newTotpSecret()
    await writeRecord(req, record, { totpPendingSecret: sealSecret(secret) })
    return Response.json(await enrolmentOf(secret, record.email))
  },
}

/**
 * POST /api/users/two-factor/confirm `{ code }` — the first code from the app
 * turns TOTP on; answers the 10 recovery codes (the only time they are shown).
 * A staff member's held login session becomes usable at the same time.
 */
export const confirmTwoFactorEndpoint: Endpoint = {
  path: '/two-factor/confirm',
  method: 'post',
  handler: async (req) => {
    const caller = await enrollingCaller(req)
    const { record } = caller
    if (isEnabled(record)) refuse(req, 409, 'errors.twoFactor.alreadyEnabled')
    const secret = openSecret(record.totpPendingSecret)
    if (!secret) throw fieldError(req, 'code', 'errors.twoFactor.notStarted')
    const body = (await req.json?.().catch(() => ({}))) as { code?: unknown } | undefined
    await requireTotp(req, record, secret, body?.code)
    const { codes, hashes } = freshRecoveryCodes()
    const enabledAt = new Date().toISOString()
    await writeRecord(req, record, {
      totpSecret: sealSecret(secret),
      totpPendingSecret: null,
      recoveryCodeHashes: hashes,
      twoFactorEnabledAt: enabledAt,
    })
    await releaseSession(req, caller)
    return Response.json({ enabledAt, recoveryCodes: codes })
  },
}

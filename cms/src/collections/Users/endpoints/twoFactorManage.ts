import type { Endpoint, PayloadRequest } from 'payload'
import { isRole, requiresTwoFactor } from '@atlas/shared'
import { roleOf } from '../../../access/roleOf'
import { requireTotp } from '../../../twoFactor/checkCode'
import { callerOf } from '../../../twoFactor/pendingSessions'
import { isEnabled, readRecord, writeRecord } from '../../../twoFactor/record'
import { openSecret } from '../../../twoFactor/secrets'
import { requireCurrentPassword } from '../currentPassword'
import { freshRecoveryCodes, refuse } from './twoFactorEnrolment'

const OFF = { totpSecret: null, totpPendingSecret: null, totpLastStep: null, recoveryCodeHashes: [], twoFactorEnabledAt: null }

/** A full session of an account with TOTP on, that proved its password and a current code (body `{ currentPassword, code }`). */
const provenOwner = async (req: PayloadRequest) => {
  const caller = await callerOf(req)
  if (!caller || caller.pending) return refuse(req, 401, 'errors.unauthorized')
  const { record } = caller
  const secret = openSecret(record.totpSecret)
  if (!isEnabled(record) || !secret) return refuse(req, 409, 'errors.twoFactor.notEnabled')
  const body = ((await req.json?.().catch(() => ({}))) ?? {}) as { currentPassword?: unknown; code?: unknown }
  return { record, secret, body }
}

/** POST /api/users/two-factor/disable `{ currentPassword, code }` — investors (and editors) only: staff must keep it. */
export const disableTwoFactorEndpoint: Endpoint = {
  path: '/two-factor/disable',
  method: 'post',
  handler: async (req) => {
    const { record, secret, body } = await provenOwner(req)
    if (requiresTwoFactor(isRole(record.role) ? record.role : null)) refuse(req, 403, 'errors.twoFactor.staffCannotDisable')
    await requireCurrentPassword(req, record.id, body.currentPassword)
    await requireTotp(req, record, secret, body.code)
    await writeRecord(req, record, OFF)
    return Response.json({ disabled: true })
  },
}

/** POST /api/users/two-factor/recovery-codes `{ currentPassword, code }` — 10 new codes (shown once); the old ones stop working. */
export const regenerateRecoveryCodesEndpoint: Endpoint = {
  path: '/two-factor/recovery-codes',
  method: 'post',
  handler: async (req) => {
    const { record, secret, body } = await provenOwner(req)
    await requireCurrentPassword(req, record.id, body.currentPassword)
    await requireTotp(req, record, secret, body.code)
    const { codes, hashes } = freshRecoveryCodes()
    await writeRecord(req, record, { recoveryCodeHashes: hashes })
    return Response.json({ recoveryCodes: codes })
  },
}

/**
 * POST /api/users/two-factor/reset/:id — an admin turns off another
 * account's TOTP (lost phone and codes). Every session of that account ends;
 * staff must enrol again at their next login. Who and when is kept on the
 * account (`twoFactorResetAt`, `twoFactorResetBy`).
 */
export const resetTwoFactorEndpoint: Endpoint = {
  path: '/two-factor/reset/:id',
  method: 'post',
  handler: async (req) => {
    const admin = req.user as { id: number; _sid?: unknown } | null
    if (!admin) return refuse(req, 401, 'errors.unauthorized')
    if (roleOf(req.user) !== 'admin') return refuse(req, 403, 'errors.twoFactor.adminsOnly')
    const id = Number(req.routeParams?.id)
    if (!Number.isInteger(id)) return refuse(req, 404, 'errors.twoFactor.userNotFound')
    if (id === admin.id) return refuse(req, 403, 'errors.twoFactor.resetSelf')
    const record = await readRecord(req, id)
    if (!record) return refuse(req, 404, 'errors.twoFactor.userNotFound')
    await writeRecord(req, record, {
      ...OFF,
      sessions: [],
      twoFactorPending: [],
      twoFactorResetAt: new Date().toISOString(),
      twoFactorResetBy: admin.id,
    })
    await req.payload.delete({ collection: 'session-devices', where: { user: { equals: id } }, overrideAccess: true, req })
    return Response.json({ reset: true })
  },
}

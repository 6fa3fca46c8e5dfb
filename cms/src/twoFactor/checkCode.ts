import { ValidationError, type PayloadRequest } from 'payload'
import { translate, type MessageKey } from '@atlas/shared/i18n'
import { requestLocale } from '../i18n/requestLocale'
import { checkRateLimit, recordAttempt } from '../rateLimit/limits'
import { writeRecord, type TwoFactorRecord } from './record'
import { findRecoveryCode } from './secrets'
import { looksLikeTotp, verifiedStep } from './totp'

/** A localized 400 on one field of the two-factor forms (`code`, `recoveryCode`, `currentPassword`). */
export const fieldError = (req: PayloadRequest, path: string, key: MessageKey): ValidationError =>
  new ValidationError({ collection: 'users', errors: [{ path, message: translate(requestLocale(req), key) }] })

/**
 * Counts one attempt for this account and this IP (refusing with a 429 past
 * either limit) before the code is checked, so parallel guesses count as
 * much as sequential ones; a right code removes its rows again (as login
 * does), so what counts is wrong codes. Rows are written outside the
 * request's transaction, so a refused code still counts.
 */
const countAttempt = async (req: PayloadRequest, record: TwoFactorRecord) => {
  const accountHash = await checkRateLimit(req, 'twoFactorAccount', `user:${record.id}`)
  const ipHash = await checkRateLimit(req, 'twoFactorIp')
  const rows = await Promise.all([recordAttempt(req.payload, 'twoFactorAccount', accountHash), recordAttempt(req.payload, 'twoFactorIp', ipHash)])
  return () => req.payload.delete({ collection: 'contact-attempts', where: { id: { in: rows.map((r) => r.id) } }, overrideAccess: true })
}

/**
 * Checks a TOTP `code` against `secret` (the account's, or the one being
 * enrolled), refusing a code already used (its time step is stored), and
 * writes the step. Throws a localized field error otherwise.
 */
export async function requireTotp(req: PayloadRequest, record: TwoFactorRecord, secret: string, code: unknown): Promise<void> {
  if (!looksLikeTotp(code)) throw fieldError(req, 'code', 'errors.twoFactor.codeRequired')
  const forget = await countAttempt(req, record)
  const step = await verifiedStep(secret, code, record.totpLastStep)
  if (step === null) throw fieldError(req, 'code', 'errors.twoFactor.codeWrong')
  await writeRecord(req, record, { totpLastStep: step })
  await forget()
}

/** Spends one recovery code (each works once), or throws a localized field error. */
export async function requireRecoveryCode(req: PayloadRequest, record: TwoFactorRecord, code: unknown): Promise<void> {
  if (typeof code !== 'string' || code.trim() === '' || code.length > 40) throw fieldError(req, 'recoveryCode', 'errors.twoFactor.recoveryWrong')
  const forget = await countAttempt(req, record)
  const hashes = record.recoveryCodeHashes ?? []
  const index = findRecoveryCode(hashes, code)
  if (index === -1) throw fieldError(req, 'recoveryCode', 'errors.twoFactor.recoveryWrong')
  await writeRecord(req, record, { recoveryCodeHashes: hashes.filter((_, i) => i !== index) })
  await forget()
}

import type { Payload, PayloadRequest } from 'payload'

export type StoredSession = { id: string; createdAt?: string | Date | null; expiresAt: string | Date }

/** A session held back at login until its second factor: `verify` a code, or `enrol` first (staff without TOTP). */
export type PendingSession = { id: string; step: 'verify' | 'enrol'; until: string; session: StoredSession }

/** The stored row of a user, with the hidden two-factor fields no API caller ever reads. */
export type TwoFactorRecord = {
  id: number
  email: string
  role?: string | null
  locale?: string | null
  sessions?: StoredSession[] | null
  totpSecret?: string | null
  totpPendingSecret?: string | null
  totpLastStep?: number | null
  recoveryCodeHashes?: string[] | null
  twoFactorPending?: PendingSession[] | null
  twoFactorEnabledAt?: string | null
  [field: string]: unknown
}

export const readRecord = (req: PayloadRequest, id: number | string) => readRecordWith(req.payload, id, req)

export const readRecordWith = (payload: Payload, id: number | string, req?: PayloadRequest) =>
  payload.db.findOne<TwoFactorRecord>({ collection: 'users', ...(req ? { req } : {}), where: { id: { equals: id } } })

/**
 * Writes the two-factor fields and sessions back as Payload's own logout
 * does (the whole row, updatedAt untouched): no hooks, no access — callers
 * are the endpoints and hooks of this folder, which checked both.
 */
export const writeRecord = async (req: PayloadRequest, record: TwoFactorRecord, changes: Partial<TwoFactorRecord>) => {
  await req.payload.db.updateOne({
    collection: 'users',
    id: record.id,
    data: { ...record, ...changes, updatedAt: null },
    req,
    returning: false,
  })
  Object.assign(record, changes)
}

export const isEnabled = (record: TwoFactorRecord) => Boolean(record.twoFactorEnabledAt && record.totpSecret)

export const livePending = (record: TwoFactorRecord, now = Date.now()) =>
  (record.twoFactorPending ?? []).filter((p) => Date.parse(p.until) > now)

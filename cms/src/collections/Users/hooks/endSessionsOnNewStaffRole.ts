import type { CollectionAfterChangeHook } from 'payload'
import { isRole, requiresTwoFactor } from '@atlas/shared'
import { isEnabled, readRecord, writeRecord } from '../../../twoFactor/record'

/**
 * A full session of an admin or advisor always went through TOTP (docs/decisions/024):
 * an account that becomes one without TOTP loses its open sessions, so its
 * next login asks it to enrol.
 */
export const endSessionsOnNewStaffRole: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || doc.role === previousDoc?.role) return doc
  if (!requiresTwoFactor(isRole(doc.role) ? doc.role : null)) return doc
  const record = await readRecord(req, doc.id)
  if (record && !isEnabled(record) && (record.sessions ?? []).length > 0) await writeRecord(req, record, { sessions: [] })
  return doc
}

import type { Endpoint } from 'payload'
import { translate } from '@atlas/shared/i18n'
import { requestLocale } from '../../../i18n/requestLocale'

/**
 * POST /api/notifications/mark-all-read — every unread notification of the
 * requesting person becomes read, in one UPDATE (read_at = now).
 * `200 { updated }`; anonymous `401`.
 */
export const markAllReadEndpoint: Endpoint = {
  path: '/mark-all-read',
  method: 'post',
  handler: async (req) => {
    if (!req.user) {
      return Response.json({ errors: [{ message: translate(requestLocale(req), 'errors.notifications.signIn') }] }, { status: 401 })
    }
    const pool = (req.payload.db as unknown as { pool: import('pg').Pool }).pool
    const result = await pool.query(
      'UPDATE notifications SET read = true, read_at = now(), updated_at = now() WHERE recipient_id = $1 AND read IS NOT TRUE',
      [req.user.id],
    )
    return Response.json({ updated: result.rowCount ?? 0 })
  },
}

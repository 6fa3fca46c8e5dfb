import type { Payload } from 'payload'
import type { Pool } from 'pg'

/**
 * A `sending` row older than this belongs to a runner that died mid-send
 * (a SendGrid call gives up after SENDGRID_TIMEOUT_MS, 10 s by default).
 */
export const STALE_SENDING_MS = 2 * 60 * 1000

export type ClaimedEmail = {
  id: number
  to: string
  subject: string
  html: string
  text: string
  messageId: string
  attempts: number
}

const poolOf = (payload: Payload) => (payload.db as unknown as { pool: Pool }).pool

/**
 * Takes one queued mail for sending, atomically: a single UPDATE moves it
 * to `sending` and counts the attempt, so two runners (two cms processes,
 * or Payload picking the same job twice) can never both send it. A row left
 * `sending` by a runner that died is taken again once stale (at-least-once:
 * docs/decisions/012-email-queue.md). Null: sent, failed, kept offline, or
 * being sent right now by someone else.
 */
export const claimEmail = async (payload: Payload, id: number): Promise<ClaimedEmail | null> => {
  const { rows } = await poolOf(payload).query<{
    id: number
    to: string
    subject: string
    html: string | null
    text: string | null
    message_id: string
    attempts: string
  }>(
    `UPDATE emails
        SET status = 'sending', attempts = COALESCE(attempts, 0) + 1,
            attempt_started_at = now(), updated_at = now()
      WHERE id = $1
        AND (status = 'queued' OR (status = 'sending' AND attempt_started_at < now() - make_interval(secs => $2)))
      RETURNING id, "to", subject, html, text, message_id, attempts`,
    [id, STALE_SENDING_MS / 1000],
  )
  const row = rows[0]
  if (!row) return null
  return {
    id: row.id,
    to: row.to,
    subject: row.subject,
    html: row.html ?? '',
    text: row.text ?? '',
    messageId: row.message_id,
    attempts: Number(row.attempts),
  }
}

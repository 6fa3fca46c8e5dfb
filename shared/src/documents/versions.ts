import type { DocumentKind, DocumentStatus } from './kinds'

/** The version after the highest one an investor has of a kind (1 for the first); versions are never reused. */
export const nextVersion = (highest: number | null | undefined): number =>
  typeof highest === 'number' && Number.isSafeInteger(highest) && highest > 0 ? highest + 1 : 1

/** A finished version (ready or failed) is a record: nothing about it changes any more (but a ready one's signature, once). */
export const isFinished = (status: DocumentStatus | null | undefined): boolean => status === 'ready' || status === 'failed'

/**
 * The statuses the job may move a version through: queued → rendering →
 * ready | failed, and rendering → queued when an attempt fails and Payload
 * retries it. Everything else (a ready one back to rendering…) is refused.
 */
const MOVES: Record<DocumentStatus, readonly DocumentStatus[]> = {
  queued: ['queued', 'rendering', 'failed'],
  rendering: ['rendering', 'queued', 'ready', 'failed'],
  ready: ['ready'],
  failed: ['failed'],
}
export const canMove = (from: DocumentStatus, to: DocumentStatus): boolean => MOVES[from].includes(to)

/** A safe file name for a download: "bilan-v2.pdf". */
export const downloadName = (kind: DocumentKind, version: number, signed = false): string => `${kind}-v${version}${signed ? '-signe' : ''}.pdf`

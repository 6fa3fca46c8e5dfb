import type { AfterErrorHook } from 'payload'
import { translate } from '@atlas/shared/i18n'
import { requestLocale } from '../i18n/requestLocale'

/*
 * The last line behind validateQuery and the field validators: errors that
 * only user input can cause, which would otherwise leave as a 500. They are
 * still logged (Payload logs before this hook runs); only the answer changes.
 * Anything else — a real server bug — stays a 500.
 */

/**
 * PostgreSQL "data exception" codes raised by a value, not by our SQL:
 * invalid text representation, numeric out of range, invalid datetime format,
 * datetime out of range, invalid byte sequence (NUL), untranslatable
 * character, string too long.
 */
const INPUT_CODES = new Set(['22P02', '22003', '22007', '22008', '22021', '22P05', '22001'])

const pgCode = (error: unknown, depth = 0): string | undefined => {
  if (!error || typeof error !== 'object' || depth > 3) return undefined
  const { code, cause } = error as { code?: unknown; cause?: unknown }
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : pgCode(cause, depth + 1)
}

export const inputErrorsAre400: AfterErrorHook = ({ error, req }) => {
  if ((error as { status?: number }).status && (error as { status?: number }).status !== 500) return
  const query = (req.query ?? {}) as Record<string, unknown>
  // Payload's REST handler JSON-parses `?where=` before any hook can look at it.
  const badJsonParam = error instanceof SyntaxError && (typeof query.where === 'string' || typeof query.data === 'string')
  const code = pgCode(error)
  if (!badJsonParam && !(code && INPUT_CODES.has(code))) return
  const key = badJsonParam ? 'errors.query.where' : 'errors.query.input'
  return { response: { errors: [{ message: translate(requestLocale(req), key) }] }, status: 400 }
}

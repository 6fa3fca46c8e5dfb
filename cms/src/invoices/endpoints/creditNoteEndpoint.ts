import type { Endpoint } from 'payload'
import { issueCreditNote } from '../creditNote'
import { adminRefusal, answerError, json, refusal, routeId } from './answers'

type CreditBody = { lines?: { line: number; quantity: number }[]; note?: string }

const whole = (value: unknown, min: number) => typeof value === 'number' && Number.isSafeInteger(value) && value >= min

/** `{ lines?: [{ line ≥ 0, quantity ≥ 1 }] (≤ 200), note?: string ≤ 300 }`, or null. */
const parseBody = (raw: unknown): CreditBody | null => {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return null
  const { lines, note } = raw as Record<string, unknown>
  if (note !== undefined && (typeof note !== 'string' || note.length > 300)) return null
  if (lines === undefined) return { note }
  if (!Array.isArray(lines) || lines.length > 200) return null
  const ok = lines.every((l) => l && typeof l === 'object' && whole((l as { line: unknown }).line, 0) && whole((l as { quantity: unknown }).quantity, 1))
  return ok ? { lines: lines as CreditBody['lines'], note } : null
}

/**
 * POST /api/invoices/:id/credit-note — "Émettre un avoir" on an issued
 * invoice (admins): the whole invoice, or `{ lines: [{ line, quantity }] }`
 * (line = index on the invoice). 201 `{ doc }` — the issued credit note, its
 * own AV number, referring to the invoice; 400 bad lines or more than is left
 * to credit; 404; 409 not an issued invoice.
 */
export const creditNoteEndpoint: Endpoint = {
  path: '/:id/credit-note',
  method: 'post',
  handler: async (req) => {
    const refused = adminRefusal(req)
    if (refused) return refused
    const id = routeId(req)
    if (!id) return refusal(req, 404, 'errors.invoice.notFound')
    const raw = req.json ? await req.json().catch(() => ({})) : {}
    const parsed = parseBody(raw ?? {})
    if (!parsed) return refusal(req, 400, 'errors.invoice.creditBody')
    try {
      const doc = await issueCreditNote(req.payload, { invoiceId: id, lines: parsed.lines, note: parsed.note }, req)
      return json({ doc }, 201)
    } catch (error) {
      return answerError(error)
    }
  },
}

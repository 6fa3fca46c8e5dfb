/**
 * Legal invoice numbers (docs/decisions/035-invoices.md): one gapless series
 * per kind and calendar year in Paris — FA-2026-000123 for invoices,
 * AV-2026-000001 for credit notes (avoirs).
 */
export type InvoiceKind = 'invoice' | 'credit-note'

export const INVOICE_SERIES: Record<InvoiceKind, string> = { invoice: 'FA', 'credit-note': 'AV' }

const YEAR = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', year: 'numeric' })

/** The Paris calendar year of an instant: 2026-12-31T23:30Z is already 2027 in Paris. */
export function parisYear(date: Date): number {
  return Number(YEAR.format(date))
}

/** `invoiceNumber('invoice', 2026, 123)` → `"FA-2026-000123"`. */
export function invoiceNumber(kind: InvoiceKind, year: number, sequence: number): string {
  if (!Number.isSafeInteger(sequence) || sequence < 1 || sequence > 999_999) throw new RangeError(`invoice sequence out of range: ${sequence}`)
  return `${INVOICE_SERIES[kind]}-${year}-${String(sequence).padStart(6, '0')}`
}

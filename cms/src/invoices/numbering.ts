import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'
import { INVOICE_SERIES, invoiceNumber, parisYear, type InvoiceKind } from '@atlas/shared/billing/invoiceNumber'
import { executeInTransaction } from './transaction'

/**
 * The next number of a series for the Paris year of `issuedAt`, taken inside
 * the issuing transaction: one row per series × year in `invoice_counters`
 * (migration 20261204_181827_invoices), bumped with INSERT … ON CONFLICT DO UPDATE …
 * RETURNING. The row stays locked until the transaction ends, so concurrent
 * issues queue behind each other; a rolled-back issue gives its number back.
 * Hence gapless and unique (cms/tests/invoiceNumbering.test.ts).
 */
export async function nextInvoiceNumber(req: PayloadRequest, kind: InvoiceKind, issuedAt: Date): Promise<string> {
  const series = INVOICE_SERIES[kind]
  const year = parisYear(issuedAt)
  const rows = await executeInTransaction(
    req,
    sql`insert into invoice_counters (series, year, last) values (${series}, ${year}, 1)
        on conflict (series, year) do update set last = invoice_counters.last + 1
        returning last`,
  )
  return invoiceNumber(kind, year, Number(rows[0]!.last))
}

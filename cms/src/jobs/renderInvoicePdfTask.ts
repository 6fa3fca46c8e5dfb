import type { TaskConfig } from 'payload'
import type { Invoice, User } from '@atlas/shared/payload-types'
import { queueEmail } from '../email/queueEmail'
import { invoiceIssuedMail, localeOf } from '../email/templates'
import { invoicePdf } from '../invoices/invoicePdf'

const idOf = (value: unknown) => (typeof value === 'object' && value !== null ? (value as { id: number }).id : (value as number))

/**
 * Queued by the issuing transaction (invoices/issue.ts): renders and stores
 * the PDF once, then mails the customer a link to it through the outbox
 * (one mail per document: dedupeKey). Retried with backoff on failure.
 */
export const renderInvoicePdfTask: TaskConfig<{ input: { invoice: number }; output: { sha256: string } }> = {
  slug: 'renderInvoicePdf',
  label: 'Render an issued invoice’s PDF and mail it',
  inputSchema: [{ name: 'invoice', type: 'number', required: true }],
  outputSchema: [{ name: 'sha256', type: 'text' }],
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 10_000 } },
  handler: async ({ input, req }) => {
    const payload = req.payload
    const rendered = await invoicePdf(payload, input.invoice, req)
    if (!rendered) return { output: { sha256: '' } }
    const { invoice } = rendered
    const customer = (await payload.findByID({ collection: 'users', id: idOf(invoice.customer), req, depth: 0, overrideAccess: true, disableErrors: true })) as User | null
    if (customer?.email) {
      const creditedId = invoice.creditedInvoice ? idOf(invoice.creditedInvoice) : null
      const credited = creditedId ? ((await payload.findByID({ collection: 'invoices', id: creditedId, req, depth: 0, overrideAccess: true, disableErrors: true })) as Invoice | null) : null
      const mail = invoiceIssuedMail(localeOf(customer), {
        name: customer.name ?? invoice.buyer?.name ?? '',
        id: invoice.id,
        number: invoice.number ?? '',
        kind: invoice.kind,
        amountCents: invoice.totalInclVatCents ?? 0,
        creditedNumber: credited?.number,
      })
      await queueEmail(payload, { ...mail, to: customer.email, dedupeKey: `invoice-issued:${invoice.id}` }, req)
    }
    return { output: { sha256: rendered.invoice.pdfSha256 ?? '' } }
  },
}

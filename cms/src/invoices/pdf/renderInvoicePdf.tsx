// React in scope: vitest compiles this JSX with the classic runtime (Next uses the automatic one).
import React from 'react'
import { renderToBuffer } from '@react-pdf/renderer'
import { InvoiceDocument, type InvoicePdfProps } from './InvoiceDocument'

/** The PDF bytes of an invoice or credit note (pure: no database, no disk). */
export async function renderInvoicePdf(props: InvoicePdfProps): Promise<Buffer> {
  return renderToBuffer(<InvoiceDocument {...props} />)
}

import type { ReactElement } from 'react'
import { renderToBuffer, type DocumentProps } from '@react-pdf/renderer'

/** A PDF's page count, read from its page tree (`/Type /Pages … /Count n` of the root; react-pdf writes one). */
export function pdfPageCount(bytes: Buffer): number {
  const text = bytes.toString('latin1')
  let count = 0
  for (const match of text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g)) count = Math.max(count, Number(match[1]))
  if (count === 0) for (const match of text.matchAll(/\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)) count = Math.max(count, Number(match[1]))
  return count
}

/** Renders a react-pdf `<Document>` to bytes, with its page count. */
export async function renderPdf(element: ReactElement<DocumentProps>): Promise<{ bytes: Buffer; pageCount: number }> {
  const bytes = await renderToBuffer(element)
  return { bytes, pageCount: pdfPageCount(bytes) }
}

import { createElement } from 'react'
import { PDFDocument } from 'pdf-lib'
import { renderPdf } from '../pdf/renderPdf'
import { SignatureDocument, type SignaturePageProps } from './SignaturePage'

/**
 * The signed copy: the original PDF's pages, untouched (pdf-lib copies their
 * content streams as they are; nothing is rendered again), then the
 * signature page rendered by react-pdf in the documents' frame.
 */
export async function signedCopyOf(original: Buffer, page: SignaturePageProps): Promise<{ bytes: Buffer; pageCount: number }> {
  const copy = await PDFDocument.load(original, { updateMetadata: false })
  const originalPages = copy.getPageCount()
  const rendered = await renderPdf(createElement(SignatureDocument, { ...page, document: { ...page.document, pageCount: originalPages } }) as never)
  const signature = await PDFDocument.load(rendered.bytes)
  const [last] = await copy.copyPages(signature, [signature.getPageCount() - 1])
  copy.addPage(last)
  copy.setModificationDate(new Date(page.evidence.signedAt))
  const bytes = Buffer.from(await copy.save())
  return { bytes, pageCount: originalPages + 1 }
}

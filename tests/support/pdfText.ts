import { extractText, getDocumentProxy } from 'unpdf'

/** The text of a PDF as one line, every run of spaces, line breaks and no-break spaces made one space: "1 234,56 €". */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes))
  const { text } = await extractText(pdf, { mergePages: true })
  return text.replace(/[\s\u00a0\u202f]+/g, ' ')
}

import type { Payload, PayloadRequest } from 'payload'
import type { DocumentTemplate } from '@atlas/shared/payload-types'

export type TemplateKind = DocumentTemplate['kind']

/** The template new documents of `kind` are made from: its latest published one, or null (decision 041). */
export async function currentTemplate(payload: Payload, kind: TemplateKind, req?: Partial<PayloadRequest>): Promise<DocumentTemplate | null> {
  const found = await payload.find({
    collection: 'document-templates',
    where: { and: [{ kind: { equals: kind } }, { status: { equals: 'published' } }] },
    sort: ['-publishedAt', '-id'],
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return (found.docs[0] as DocumentTemplate | undefined) ?? null
}

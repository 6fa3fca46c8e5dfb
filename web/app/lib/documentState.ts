import { SIGNABLE_KINDS, type DocumentSummary } from '@atlas/shared/documents/kinds'

/** Signed = the evidence is there (a stored signature group with no date is "not signed"). */
export const isSigned = (doc: Pick<DocumentSummary, 'signature'>): boolean => Boolean(doc.signature?.signedAt)

/** Queued or rendering: the portal shows the progress and asks again. */
export const inProgress = (doc: Pick<DocumentSummary, 'status'>): boolean => doc.status === 'queued' || doc.status === 'rendering'

/** Ready, of a kind the investor signs, and not signed yet: "À signer". */
export const awaitsSignature = (doc: Pick<DocumentSummary, 'status' | 'kind' | 'signature'>): boolean =>
  doc.status === 'ready' && SIGNABLE_KINDS.includes(doc.kind) && !isSigned(doc)

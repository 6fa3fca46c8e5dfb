// PLACEHOLDER (engineer 5, doc-sign) — NOT FOR MERGE. A throw-away `client-documents` collection with the contract's
// fields, so the signature endpoint and the portal can be tested before core (engineer 1) lands. At merge: delete this
// folder, its line in payload.config.ts and the migration 20261204_212208_placeholder_client_documents; core's collection
// must list `signDocumentEndpoint` (cms/src/documents/signature) in its `endpoints`.
import type { Access, CollectionBeforeChangeHook, CollectionConfig, Where } from 'payload'
import { APIError } from 'payload'
import { DOCUMENT_KINDS, DOCUMENT_STATUSES } from '@atlas/shared/documents/kinds'
import { adminsField } from '../../access/admins'
import { nobody } from '../../access/nobody'
import { roleOf } from '../../access/roleOf'
import { signDocumentEndpoint } from '../signature'
import { placeholderPdfEndpoint } from './placeholderPdfEndpoint'

const readers: Access = ({ req: { user } }) => {
  const role = roleOf(user)
  if (!user || !role) return false
  if (role === 'admin') return true
  if (role === 'investor') return { investor: { equals: user.id } } as Where
  if (role === 'advisor') return { 'investor.advisor': { equals: user.id } } as Where
  return false
}

/** Core's rule, as the contract states it: after `ready`, only the signature write (once). */
const onlyTheSignature: CollectionBeforeChangeHook = ({ originalDoc, context, operation, data }) => {
  if (operation !== 'update' || originalDoc?.status !== 'ready') return data
  if (context.documentSignature === true && !originalDoc.signature?.signedAt) return data
  throw new APIError('immutable', 409, null, true)
}

export const ClientDocumentsPlaceholder: CollectionConfig = {
  slug: 'client-documents',
  access: { read: readers, create: nobody, update: nobody, delete: nobody },
  hooks: { beforeChange: [onlyTheSignature] },
  endpoints: [signDocumentEndpoint, placeholderPdfEndpoint],
  defaultSort: '-createdAt',
  fields: [
    { name: 'investor', type: 'relationship', relationTo: 'users', required: true, index: true },
    { name: 'kind', type: 'select', options: [...DOCUMENT_KINDS], required: true },
    { name: 'version', type: 'number', required: true },
    { name: 'title', type: 'text', required: true },
    { name: 'status', type: 'select', options: [...DOCUMENT_STATUSES], required: true, defaultValue: 'queued' },
    { name: 'progress', type: 'number', defaultValue: 0 },
    { name: 'stage', type: 'text' },
    { name: 'error', type: 'text' },
    { name: 'sha256', type: 'text' },
    { name: 'pageCount', type: 'number' },
    { name: 'byteSize', type: 'number' },
    { name: 'requestedBy', type: 'relationship', relationTo: 'users' },
    {
      name: 'signature',
      type: 'group',
      fields: [
        { name: 'signedAt', type: 'date' },
        { name: 'signerName', type: 'text' },
        { name: 'method', type: 'select', options: ['password', 'totp'] },
        { name: 'ip', type: 'text' },
        { name: 'userAgent', type: 'text' },
        { name: 'signedSha256', type: 'text' },
        { name: 'signedCopySha256', type: 'text' },
      ],
    },
    { name: 'file', type: 'text', access: { read: adminsField } },
    { name: 'signedFile', type: 'text', access: { read: adminsField } },
    { name: 'readyAt', type: 'date' },
  ],
}

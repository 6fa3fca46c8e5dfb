import type { CollectionAfterReadHook, CollectionConfig, FieldAccess } from 'payload'
import { DOCUMENT_KINDS, DOCUMENT_STATUSES } from '@atlas/shared/documents'
import { investorAdvisorOrAdmin } from '../../access/investorAdvisorOrAdmin'
import { nobody } from '../../access/nobody'
import { generateEndpoint } from '../../documents/endpoints/generateEndpoint'
import { documentPdfEndpoint } from '../../documents/endpoints/pdfEndpoint'
import { signDocumentEndpoint } from '../../documents/signature'
import { keepDocuments, refuseDeletingDocuments } from './hooks/keepDocuments'

const label = (fr: string, en: string) => ({ fr, en })
const KIND_LABELS = {
  bilan: label('Bilan patrimonial', 'Wealth report'),
  adequation: label('Rapport d’adéquation', 'Suitability report'),
  der: label('Document d’entrée en relation', 'Initial disclosure document'),
  lettreMission: label('Lettre de mission', 'Engagement letter'),
} as const
const STATUS_LABELS = {
  queued: label('En file d’attente', 'Queued'),
  rendering: label('En préparation…', 'Being prepared…'),
  ready: label('Prêt', 'Ready'),
  failed: label('Échec', 'Failed'),
} as const
/** Stored file names: server code only (the PDF is served by GET /:id/pdf after the row's read access). */
const hidden: { read: FieldAccess } = { read: () => false }
const readOnly = { readOnly: true }

/** An unsigned document's signature reads as null (DocumentSummary), not as a group of empty fields (after the fields' own reads). */
const nullWhenUnsigned: CollectionAfterReadHook = ({ doc }) => {
  const signature = (doc as { signature?: { signedAt?: unknown } | null }).signature
  return signature && signature.signedAt ? doc : { ...doc, signature: null }
}

/**
 * One generated PDF version of a client document (docs/decisions/038-client-documents.md):
 * the bilan patrimonial, the rapport d'adéquation, the DER, the lettre de
 * mission. Rows are made by POST /api/client-documents/generate (queued,
 * next version of the investor's kind) and filled by the renderClientDocument
 * job; the PDF is stored privately (documents/store.ts). Read-only through the
 * API and the admin for everyone: a ready version never changes, except its
 * one-time signature (POST /api/client-documents/:id/sign); nothing is deleted.
 */
export const ClientDocuments: CollectionConfig<'client-documents'> = {
  slug: 'client-documents',
  labels: { singular: label('Document client', 'Client document'), plural: label('Documents clients', 'Client documents') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'investor', 'version', 'status', 'createdAt'],
    group: label('Clients', 'Clients'),
  },
  access: { create: nobody, read: investorAdvisorOrAdmin, update: nobody, delete: nobody },
  hooks: { beforeChange: [keepDocuments], beforeDelete: [refuseDeletingDocuments], afterRead: [nullWhenUnsigned] },
  endpoints: [generateEndpoint, documentPdfEndpoint, signDocumentEndpoint],
  // Two requests at once still get versions 1 and 2 (documents/generate.ts locks per investor and kind): this is the backstop.
  indexes: [{ fields: ['investor', 'kind', 'version'], unique: true }],
  fields: [
    // maxDepth 0: REST answers the ids (DocumentSummary), whatever `depth` a caller asks for.
    { name: 'investor', label: label('Client', 'Client'), type: 'relationship', relationTo: 'users', required: true, index: true, maxDepth: 0, admin: readOnly },
    { name: 'kind', label: label('Type', 'Kind'), type: 'select', required: true, index: true, options: DOCUMENT_KINDS.map((value) => ({ value, label: KIND_LABELS[value] })), admin: readOnly },
    { name: 'version', label: label('Version', 'Version'), type: 'number', required: true, min: 1, admin: readOnly },
    { name: 'title', label: label('Titre', 'Title'), type: 'text', required: true, maxLength: 200, admin: readOnly },
    {
      name: 'status',
      label: label('Statut', 'Status'),
      type: 'select',
      required: true,
      defaultValue: 'queued',
      index: true,
      options: DOCUMENT_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] })),
      admin: { readOnly: true, position: 'sidebar' },
    },
    { name: 'progress', label: label('Avancement (%)', 'Progress (%)'), type: 'number', required: true, defaultValue: 0, min: 0, max: 100, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'stage', label: label('Étape (clé)', 'Step (key)'), type: 'text', maxLength: 120, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'error', label: label('Erreur (clé)', 'Error (key)'), type: 'text', maxLength: 120, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'requestedBy', label: label('Demandé par', 'Requested by'), type: 'relationship', relationTo: 'users', maxDepth: 0, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'readyAt', label: label('Prêt le', 'Ready at'), type: 'date', admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
    {
      type: 'row',
      fields: [
        { name: 'sha256', label: label('Empreinte SHA-256', 'SHA-256'), type: 'text', maxLength: 64, admin: readOnly },
        { name: 'pageCount', label: label('Pages', 'Pages'), type: 'number', admin: readOnly },
        { name: 'byteSize', label: label('Taille (octets)', 'Size (bytes)'), type: 'number', admin: readOnly },
      ],
    },
    {
      name: 'signature',
      label: label('Signature', 'Signature'),
      type: 'group',
      admin: { readOnly: true },
      fields: [
        { name: 'signedAt', label: label('Signé le', 'Signed at'), type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'signerName', label: label('Nom saisi', 'Name typed'), type: 'text', maxLength: 200 },
        {
          name: 'method',
          label: label('Confirmation', 'Confirmed with'),
          type: 'select',
          options: [
            { value: 'password', label: label('Mot de passe', 'Password') },
            { value: 'totp', label: label('Code à usage unique (TOTP)', 'One-time code (TOTP)') },
          ],
        },
        { name: 'ip', label: label('Adresse IP', 'IP address'), type: 'text', maxLength: 100 },
        { name: 'userAgent', label: label('Navigateur', 'User agent'), type: 'text', maxLength: 1000 },
        { name: 'signedSha256', label: label('SHA-256 du document signé', 'SHA-256 of the signed document'), type: 'text', maxLength: 64 },
        { name: 'signedCopySha256', label: label('SHA-256 de la copie signée', 'SHA-256 of the signed copy'), type: 'text', maxLength: 64 },
      ],
    },
    // What the document was made from (Rendered.source). Numbers here: the recommendations and
    // document-templates collections are other branches' (relationships once merged, decision 038).
    { name: 'recommendation', label: label('Recommandation', 'Recommendation'), type: 'number', admin: readOnly },
    { name: 'template', label: label('Modèle', 'Template'), type: 'number', admin: readOnly },
    { name: 'templateVersion', label: label('Version du modèle', 'Template version'), type: 'number', admin: readOnly },
    { name: 'file', type: 'text', access: hidden, admin: { hidden: true } },
    { name: 'signedFile', type: 'text', access: hidden, admin: { hidden: true } },
  ],
}

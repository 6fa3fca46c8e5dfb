import type { Access, CollectionConfig } from 'payload'
import { isStaff } from '@atlas/shared'
import { admins } from '../../access/admins'
import { roleOf } from '../../access/roleOf'
import { validateTemplateBody } from './placeholderCheck'
import { countPublications } from './publication'

/** Advisors hand these documents to their clients, editors may proofread them: staff read; investors never (they get the PDF). */
const staff: Access = ({ req: { user } }) => isStaff(roleOf(user))

export const TEMPLATE_KINDS = ['der', 'lettreMission'] as const
export type TemplateKind = (typeof TEMPLATE_KINDS)[number]

/**
 * The DER and lettre de mission templates (docs/decisions/041-document-templates.md):
 * rich text with merge fields (`{{cabinet.orias}}`, shared/src/documents/placeholders.ts),
 * filled from the firm global and the client's data when a document is
 * generated. The current template of a kind is its latest published one.
 * Legal content: only admins write and publish. Payload keeps each saved
 * state (versions, no drafts: `status` is ours), so the text behind any
 * `templateVersion` a client document records can be read again.
 */
export const DocumentTemplates: CollectionConfig<'document-templates'> = {
  slug: 'document-templates',
  labels: {
    singular: { fr: 'Modèle de document', en: 'Document template' },
    plural: { fr: 'Modèles de documents', en: 'Document templates' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'status', 'version', 'publishedAt'],
    group: { fr: 'Paramètres', en: 'Settings' },
    description: {
      fr: 'DER et lettre de mission remis aux clients. Pour chaque type, le modèle publié le plus récent sert aux nouveaux documents ; chaque publication d’un texte modifié prend un nouveau numéro de version.',
      en: 'DER and engagement letter handed to clients. For each kind, the latest published template is used for new documents; each publication of a changed text takes a new version number.',
    },
  },
  defaultSort: '-publishedAt',
  versions: { maxPerDoc: 100 },
  access: { create: admins, read: staff, update: admins, delete: admins },
  hooks: { beforeChange: [countPublications] },
  fields: [
    {
      name: 'kind',
      label: { fr: 'Document', en: 'Document' },
      type: 'select',
      required: true,
      index: true,
      options: [
        { value: 'der', label: { fr: 'Document d’entrée en relation (DER)', en: 'Entry-into-relationship document (DER)' } },
        { value: 'lettreMission', label: { fr: 'Lettre de mission', en: 'Engagement letter' } },
      ],
    },
    { name: 'title', label: { fr: 'Titre', en: 'Title' }, type: 'text', required: true, maxLength: 160, admin: { description: { fr: 'Imprimé en couverture.', en: 'Printed on the cover.' } } },
    {
      name: 'body',
      label: { fr: 'Texte', en: 'Text' },
      type: 'richText',
      required: true,
      validate: validateTemplateBody as never,
      admin: {
        description: {
          fr: 'Les champs de fusion (liste à droite) sont remplacés par les données du cabinet et du client à la génération.',
          en: 'Merge fields (list on the right) are replaced by the firm’s and the client’s data when generated.',
        },
      },
    },
    {
      name: 'status',
      label: { fr: 'Statut', en: 'Status' },
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      options: [
        { value: 'draft', label: { fr: 'Brouillon', en: 'Draft' } },
        { value: 'published', label: { fr: 'Publié', en: 'Published' } },
      ],
      admin: { position: 'sidebar' },
    },
    {
      name: 'version',
      label: { fr: 'Version publiée', en: 'Published version' },
      type: 'number',
      defaultValue: 0,
      admin: { position: 'sidebar', readOnly: true, description: { fr: '0 = jamais publié.', en: '0 = never published.' } },
    },
    { name: 'publishedAt', label: { fr: 'Publié le', en: 'Published on' }, type: 'date', index: true, admin: { position: 'sidebar', readOnly: true } },
    { name: 'publishedBy', label: { fr: 'Publié par', en: 'Published by' }, type: 'relationship', relationTo: 'users', admin: { position: 'sidebar', readOnly: true } },
    {
      name: 'placeholders',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/admin/fields/PlaceholderListField#PlaceholderListField' } },
    },
  ],
}

import type { CollectionConfig, FieldAccess } from 'payload'
import { investorsOnly } from '../../access/investorsOnly'
import { nobody } from '../../access/nobody'
import { ownerOrAdmin } from '../../access/ownerOrAdmin'
import { assignOwner } from '../../hooks/assignOwner'
import { postMessage } from './endpoints/postMessage'

/** Written only by the assistant endpoint (overrideAccess), never through the REST API. */
const serverOnly: FieldAccess = () => false
const computed = { create: serverOnly, update: serverOnly }

/**
 * An investor's conversation with the assistant. Investors read and delete
 * their own, admins all (token usage is theirs to watch); advisors do not
 * read them (docs/decisions/015-assistant.md). Messages are appended by
 * POST /api/conversations/:id/messages only.
 */
export const Conversations: CollectionConfig = {
  slug: 'conversations',
  labels: {
    singular: { fr: 'Conversation avec l’assistant', en: 'Assistant conversation' },
    plural: { fr: 'Conversations avec l’assistant', en: 'Assistant conversations' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'owner', 'lastMessageAt', 'promptTokens', 'completionTokens'],
    group: { fr: 'Assistant', en: 'Assistant' },
  },
  access: { create: investorsOnly, read: ownerOrAdmin, update: nobody, delete: ownerOrAdmin },
  endpoints: [postMessage],
  hooks: { beforeChange: [assignOwner] },
  fields: [
    { name: 'owner', label: { fr: 'Investisseur', en: 'Investor' }, type: 'relationship', relationTo: 'users', required: true, index: true },
    { name: 'title', label: { fr: 'Titre', en: 'Title' }, type: 'text', maxLength: 120 },
    {
      name: 'lastMessageAt',
      label: { fr: 'Dernier message', en: 'Last message' },
      type: 'date',
      index: true,
      access: computed,
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'promptTokens', label: { fr: 'Jetons envoyés', en: 'Prompt tokens' }, type: 'number', defaultValue: 0, access: computed, admin: { readOnly: true } },
    { name: 'completionTokens', label: { fr: 'Jetons reçus', en: 'Completion tokens' }, type: 'number', defaultValue: 0, access: computed, admin: { readOnly: true } },
    {
      name: 'messages',
      label: { fr: 'Messages', en: 'Messages' },
      type: 'array',
      labels: { singular: { fr: 'Message', en: 'Message' }, plural: { fr: 'Messages', en: 'Messages' } },
      access: computed,
      admin: { readOnly: true },
      fields: [
        {
          name: 'role',
          label: { fr: 'Auteur', en: 'Role' },
          type: 'select',
          required: true,
          options: [
            { value: 'user', label: { fr: 'Investisseur', en: 'Investor' } },
            { value: 'assistant', label: { fr: 'Assistant', en: 'Assistant' } },
          ],
        },
        { name: 'content', label: { fr: 'Texte', en: 'Text' }, type: 'textarea', required: true },
        { name: 'createdAt', label: { fr: 'Écrit le', en: 'Written at' }, type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
        {
          name: 'mode',
          label: { fr: 'Mode', en: 'Mode' },
          type: 'select',
          options: [
            { value: 'offline', label: { fr: 'Hors ligne', en: 'Offline' } },
            { value: 'openai', label: { fr: 'OpenAI', en: 'OpenAI' } },
          ],
        },
        { name: 'model', label: { fr: 'Modèle', en: 'Model' }, type: 'text' },
        { name: 'promptTokens', label: { fr: 'Jetons envoyés', en: 'Prompt tokens' }, type: 'number' },
        { name: 'completionTokens', label: { fr: 'Jetons reçus', en: 'Completion tokens' }, type: 'number' },
      ],
    },
  ],
}

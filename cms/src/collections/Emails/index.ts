import type { CollectionConfig } from 'payload'
import { admins } from '../../access/admins'
import { nobody } from '../../access/nobody'

/** The outbox: every mail Atlas sends when no mail provider is configured. */
export const Emails: CollectionConfig = {
  slug: 'emails',
  labels: {
    singular: { fr: 'E-mail envoyé', en: 'Sent email' },
    plural: { fr: 'Boîte d’envoi', en: 'Outbox' },
  },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'to', 'status', 'createdAt'],
    group: { fr: 'Système', en: 'System' },
  },
  access: { read: admins, create: nobody, update: nobody, delete: admins },
  fields: [
    { name: 'to', label: { fr: 'Destinataire', en: 'To' }, type: 'text', required: true, index: true },
    { name: 'subject', label: { fr: 'Objet', en: 'Subject' }, type: 'text', required: true },
    { name: 'html', label: 'HTML', type: 'code', admin: { language: 'html' } },
    { name: 'text', label: { fr: 'Texte', en: 'Text' }, type: 'textarea' },
    {
      name: 'status',
      label: { fr: 'Statut', en: 'Status' },
      type: 'select',
      required: true,
      defaultValue: 'stored',
      options: [
        { value: 'stored', label: { fr: 'Conservé (hors ligne)', en: 'Stored (offline)' } },
        { value: 'sent', label: { fr: 'Envoyé', en: 'Sent' } },
        { value: 'failed', label: { fr: 'Échec', en: 'Failed' } },
      ],
    },
  ],
}

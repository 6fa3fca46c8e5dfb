import type { CollectionConfig, Field } from 'payload'
import { admins } from '../../access/admins'
import { nobody } from '../../access/nobody'
import { outboxBodyReaders, outboxVisible } from '../../access/outboxVisible'

const readOnly = (field: Field): Field => ({ ...field, admin: { ...field.admin, readOnly: true } }) as Field

/**
 * Every mail Atlas sends, one row each: the outbox. Without SendGrid a mail
 * is kept here (`stored`) and goes nowhere; with SendGrid the row is
 * `queued` and the sendEmail job delivers it (`sending` → `sent`, or
 * `failed` with SendGrid's reason). See docs/decisions/012-email-queue.md.
 */
export const Emails: CollectionConfig = {
  slug: 'emails',
  labels: {
    singular: { fr: 'E-mail', en: 'Email' },
    plural: { fr: 'Boîte d’envoi', en: 'Outbox' },
  },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'to', 'status', 'attempts', 'lastError', 'createdAt'],
    group: { fr: 'Système', en: 'System' },
  },
  access: { read: outboxVisible, create: nobody, update: nobody, delete: admins },
  fields: [
    readOnly({ name: 'to', label: { fr: 'Destinataire', en: 'To' }, type: 'text', required: true, index: true }),
    readOnly({ name: 'subject', label: { fr: 'Objet', en: 'Subject' }, type: 'text', required: true }),
    readOnly({ name: 'html', label: { fr: 'HTML', en: 'HTML' }, type: 'code', access: { read: outboxBodyReaders }, admin: { components: { Field: '/admin/fields/MailSourceField#MailSourceField' } } }),
    readOnly({ name: 'text', label: { fr: 'Texte', en: 'Text' }, type: 'textarea', access: { read: outboxBodyReaders } }),
    readOnly({
      name: 'status',
      label: { fr: 'Statut', en: 'Status' },
      type: 'select',
      required: true,
      defaultValue: 'stored',
      index: true,
      options: [
        { value: 'stored', label: { fr: 'Conservé (hors ligne)', en: 'Stored (offline)' } },
        { value: 'queued', label: { fr: 'En attente d’envoi', en: 'Queued' } },
        { value: 'sending', label: { fr: 'Envoi en cours', en: 'Sending' } },
        { value: 'sent', label: { fr: 'Envoyé', en: 'Sent' } },
        { value: 'failed', label: { fr: 'Échec', en: 'Failed' } },
      ],
      admin: { position: 'sidebar' },
    }),
    readOnly({
      name: 'lastError',
      label: { fr: 'Motif du dernier échec', en: 'Last failure reason' },
      type: 'textarea',
      admin: { position: 'sidebar' },
    }),
    readOnly({ name: 'attempts', label: { fr: 'Tentatives', en: 'Attempts' }, type: 'number', defaultValue: 0, admin: { position: 'sidebar' } }),
    readOnly({
      name: 'messageId',
      label: { fr: 'Identifiant Atlas (custom_args.atlas_message_id)', en: 'Atlas id (custom_args.atlas_message_id)' },
      type: 'text',
      unique: true,
      admin: { position: 'sidebar' },
    }),
    readOnly({ name: 'providerMessageId', label: { fr: 'Identifiant SendGrid', en: 'SendGrid id' }, type: 'text', admin: { position: 'sidebar' } }),
    readOnly({
      name: 'attemptStartedAt',
      label: { fr: 'Dernière tentative le', en: 'Last attempt at' },
      type: 'date',
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    }),
    readOnly({ name: 'sentAt', label: { fr: 'Envoyé le', en: 'Sent at' }, type: 'date', admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } }),
    readOnly({
      // Set by notify for event mails (e.g. one review reminder per due date): a second queueing is a no-op.
      name: 'dedupeKey',
      label: { fr: 'Clé d’unicité', en: 'Dedupe key' },
      type: 'text',
      unique: true,
      admin: { position: 'sidebar' },
    }),
  ],
}

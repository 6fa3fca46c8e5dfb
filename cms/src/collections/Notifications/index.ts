import type { CollectionConfig, Field, FieldAccess } from 'payload'
import { ALL_NOTIFICATION_EVENTS } from '@atlas/shared/notifications'
import { admins, adminsField } from '../../access/admins'
import { nobody } from '../../access/nobody'
import { recipientOrAdmin } from '../../access/recipientOrAdmin'
import { markAllReadEndpoint } from './endpoints/markAllRead'
import { stampReadAt } from './hooks/stampReadAt'

const setByHooksOnly: FieldAccess = () => false
/** Only `read` is the recipient's to change; the rest is written by notify (overrideAccess) or an admin. */
const adminsChange = (field: Field): Field => ({ ...field, access: { ...('access' in field ? field.access : {}), update: adminsField } }) as Field

/**
 * In-app notifications, one row per person and event. Created only by
 * server code through notify() (cms/src/notifications/notify.ts); a person
 * reads their own and marks them read. See docs/decisions/013-notifications.md.
 */
export const Notifications: CollectionConfig = {
  slug: 'notifications',
  labels: {
    singular: { fr: 'Notification', en: 'Notification' },
    plural: { fr: 'Notifications', en: 'Notifications' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'recipient', 'event', 'read', 'createdAt'],
    group: { fr: 'Clients', en: 'Clients' },
  },
  defaultSort: '-createdAt',
  // The portal's unread count and list: WHERE recipient = ? AND read = false ORDER BY created_at DESC.
  indexes: [{ fields: ['recipient', 'read', 'createdAt'] }],
  access: { create: nobody, read: recipientOrAdmin, update: recipientOrAdmin, delete: admins },
  hooks: { beforeChange: [stampReadAt] },
  endpoints: [markAllReadEndpoint],
  fields: [
    adminsChange({
      name: 'recipient',
      label: { fr: 'Destinataire', en: 'Recipient' },
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
    }),
    adminsChange({
      name: 'event',
      label: { fr: 'Événement', en: 'Event' },
      type: 'select',
      required: true,
      options: ALL_NOTIFICATION_EVENTS.map((value) => ({ value, label: value })),
    }),
    adminsChange({ name: 'title', label: { fr: 'Titre', en: 'Title' }, type: 'text', required: true, maxLength: 200 }),
    adminsChange({ name: 'body', label: { fr: 'Texte', en: 'Body' }, type: 'textarea', maxLength: 4000 }),
    adminsChange({ name: 'link', label: { fr: 'Lien', en: 'Link' }, type: 'text', maxLength: 500 }),
    { name: 'read', label: { fr: 'Lue', en: 'Read' }, type: 'checkbox', defaultValue: false, index: true, admin: { position: 'sidebar' } },
    {
      name: 'readAt',
      label: { fr: 'Lue le', en: 'Read at' },
      type: 'date',
      access: { create: setByHooksOnly, update: setByHooksOnly },
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'dedupeKey',
      label: { fr: 'Clé de dédoublonnage', en: 'Deduplication key' },
      type: 'text',
      unique: true,
      access: { read: adminsField, create: setByHooksOnly, update: setByHooksOnly },
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}

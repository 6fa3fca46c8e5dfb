import type { CollectionConfig } from 'payload'
import { nobody } from '../../access/nobody'

/**
 * What Payload's own sessions (users.sessions: id, createdAt, expiresAt) do
 * not keep: the device a session was opened from (the browser's user agent,
 * as web forwards it at login) and when it was last used. One row per
 * session id; shown to the account's owner by GET /api/users/sessions.
 * Closed to every API caller; only the cms itself writes (overrideAccess).
 */
export const SessionDevices: CollectionConfig = {
  slug: 'session-devices',
  labels: {
    singular: { fr: 'Appareil connecté', en: 'Signed-in device' },
    plural: { fr: 'Appareils connectés', en: 'Signed-in devices' },
  },
  admin: { hidden: true },
  access: { create: nobody, read: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'user', label: { fr: 'Utilisateur', en: 'User' }, type: 'relationship', relationTo: 'users', required: true, index: true },
    { name: 'sid', label: { fr: 'Identifiant de session', en: 'Session id' }, type: 'text', required: true, unique: true },
    { name: 'userAgent', label: { fr: 'Navigateur', en: 'Browser' }, type: 'text', maxLength: 400 },
    { name: 'lastSeenAt', label: { fr: 'Vu pour la dernière fois le', en: 'Last seen at' }, type: 'date', required: true },
  ],
}

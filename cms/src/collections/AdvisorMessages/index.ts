import type { CollectionConfig, FilterOptions, Where } from 'payload'
import { admins, adminsField } from '../../access/admins'
import { advisorMessagesVisible } from '../../access/advisorMessagesVisible'
import { advisorsOrAdmins } from '../../access/advisorsOrAdmins'
import { nobody } from '../../access/nobody'
import { roleOf } from '../../access/roleOf'
import { usersWithRole } from '../../fields/usersWithRole'
import { checkSender } from './hooks/checkSender'
import { notifyClient } from './hooks/notifyClient'

/** In the admin, an advisor picks among their own clients. */
const ownClients: FilterOptions = ({ req }) => {
  const role = roleOf(req.user)
  const investors: Where = { role: { equals: 'investor' } }
  if (role === 'advisor') return { and: [investors, { advisor: { equals: req.user!.id } }] }
  return role === 'admin' ? investors : true
}

/**
 * A message from an advisor to one of their clients, written in the admin
 * ("Messages aux clients"). Sent once, never edited; the client is told
 * through notify (event `advisorMessage`) and reads it in the portal.
 */
export const AdvisorMessages: CollectionConfig = {
  slug: 'advisor-messages',
  labels: {
    singular: { fr: 'Message au client', en: 'Message to a client' },
    plural: { fr: 'Messages aux clients', en: 'Messages to clients' },
  },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'client', 'advisor', 'createdAt'],
    group: { fr: 'Clients', en: 'Clients' },
    description: {
      fr: 'Le client le voit dans ses notifications (et le reçoit par e-mail s’il l’a choisi). Un message envoyé ne se modifie pas.',
      en: 'The client sees it among their notifications (and by e-mail if they chose so). A sent message cannot be edited.',
    },
  },
  defaultSort: '-createdAt',
  access: { create: advisorsOrAdmins, read: advisorMessagesVisible, update: nobody, delete: admins },
  hooks: { beforeChange: [checkSender], afterChange: [notifyClient] },
  fields: [
    {
      name: 'client',
      label: { fr: 'Client', en: 'Client' },
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      filterOptions: ownClients,
    },
    {
      name: 'advisor',
      label: { fr: 'Conseiller (expéditeur)', en: 'Advisor (sender)' },
      type: 'relationship',
      relationTo: 'users',
      index: true,
      filterOptions: usersWithRole('advisor'),
      // Advisors always write as themselves (checkSender); admins may choose.
      access: { create: adminsField, update: adminsField },
      admin: { position: 'sidebar', description: { fr: 'Vous-même, sauf pour un administrateur.', en: 'Yourself, unless you are an admin.' } },
    },
    { name: 'subject', label: { fr: 'Objet', en: 'Subject' }, type: 'text', required: true, minLength: 2, maxLength: 150 },
    { name: 'body', label: { fr: 'Message', en: 'Message' }, type: 'textarea', required: true, minLength: 2, maxLength: 4000 },
  ],
}

import type { CollectionConfig } from 'payload'
import { admins } from '../../access/admins'
import { advisorAssignmentsVisible } from '../../access/advisorAssignmentsVisible'
import { nobody } from '../../access/nobody'

/**
 * Who has been each investor's advisor: one row per change (first
 * assignment included), written only by the users hook recordAdvisorChange.
 * An admin reassigns a client by changing `advisor` on the account; the row
 * is the record. See docs/decisions/025-every-investor-has-an-advisor.md.
 */
export const AdvisorAssignments: CollectionConfig = {
  slug: 'advisor-assignments',
  labels: {
    singular: { fr: 'Changement de conseiller', en: 'Advisor change' },
    plural: { fr: 'Historique des conseillers', en: 'Advisor history' },
  },
  admin: {
    defaultColumns: ['investor', 'fromAdvisor', 'toAdvisor', 'changedBy', 'changedAt'],
    group: { fr: 'Clients', en: 'Clients' },
  },
  defaultSort: '-changedAt',
  access: { create: nobody, read: advisorAssignmentsVisible, update: nobody, delete: admins },
  fields: [
    { name: 'investor', label: { fr: 'Client', en: 'Client' }, type: 'relationship', relationTo: 'users', index: true, admin: { readOnly: true } },
    { name: 'fromAdvisor', label: { fr: 'Ancien conseiller', en: 'Previous advisor' }, type: 'relationship', relationTo: 'users', index: true, admin: { readOnly: true } },
    { name: 'toAdvisor', label: { fr: 'Nouveau conseiller', en: 'New advisor' }, type: 'relationship', relationTo: 'users', index: true, admin: { readOnly: true } },
    { name: 'changedBy', label: { fr: 'Modifié par', en: 'Changed by' }, type: 'relationship', relationTo: 'users', admin: { readOnly: true, description: { fr: 'Vide : attribution automatique.', en: 'Empty: automatic assignment.' } } },
    { name: 'changedAt', label: { fr: 'Le', en: 'At' }, type: 'date', required: true, index: true, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
  ],
}

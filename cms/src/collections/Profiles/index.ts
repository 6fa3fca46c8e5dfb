import { usersWithRole } from '../../fields/usersWithRole'
import type { CollectionConfig } from 'payload'
import { admins, adminsField } from '../../access/admins'
import { ownerAdvisorOrAdmin } from '../../access/ownerAdvisorOrAdmin'
import { guardValidation } from './guardValidation'

/**
 * One profile per investor: the suitability questionnaire. Its answers are
 * filled by the investor-core work; this gives ownership, status and access.
 */
export const Profiles: CollectionConfig = {
  slug: 'profiles',
  labels: {
    singular: { fr: 'Profil investisseur', en: 'Investor profile' },
    plural: { fr: 'Profils investisseurs', en: 'Investor profiles' },
  },
  admin: {
    useAsTitle: 'owner',
    defaultColumns: ['owner', 'status', 'updatedAt'],
    group: { fr: 'Clients', en: 'Clients' },
  },
  access: {
    // Created with the account (users afterChange hook), never by hand.
    create: admins,
    read: ownerAdvisorOrAdmin,
    update: ownerAdvisorOrAdmin,
    delete: admins,
  },
  hooks: { beforeChange: [guardValidation] },
  fields: [
    {
      name: 'owner',
      label: { fr: 'Investisseur', en: 'Investor' },
      type: 'relationship',
      relationTo: 'users',
      required: true,
      unique: true,
      index: true,
      filterOptions: usersWithRole('investor'),
      access: { update: adminsField },
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
        { value: 'submitted', label: { fr: 'Soumis', en: 'Submitted' } },
        { value: 'validated', label: { fr: 'Validé', en: 'Validated' } },
      ],
    },
    {
      name: 'validatedBy',
      label: { fr: 'Validé par', en: 'Validated by' },
      type: 'relationship',
      relationTo: 'users',
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'validatedAt',
      label: { fr: 'Validé le', en: 'Validated at' },
      type: 'date',
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}

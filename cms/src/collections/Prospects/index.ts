import { moneyField } from '../../fields/moneyField'
import { usersWithRole } from '../../fields/usersWithRole'
import type { CollectionConfig, FieldAccess } from 'payload'
import { admins } from '../../access/admins'
import { prospectCreators } from '../../access/prospectCreators'
import { prospectsVisible } from '../../access/prospectsVisible'
import { roleOf } from '../../access/roleOf'
import { discoveryField } from './fields/discovery'
import { acceptInvitationEndpoint } from './endpoints/acceptInvitation'
import { contactEndpoint } from './endpoints/contact'
import { invitationPreviewEndpoint } from './endpoints/invitationPreview'
import { inviteEndpoint } from './endpoints/invite'
import { assignOwnerAdvisor, recordContactConsent } from './hooks/assignOwnerAdvisor'
import { checkContactRequest } from './hooks/checkContactRequest'
import { claimForAdvisor } from './hooks/claimForAdvisor'
import { notifyOwnerAdvisor } from './hooks/notifyOwnerAdvisor'
import { calendarDate } from '../../fields/validators'

export const PIPELINE_STAGES = ['new', 'contacted', 'qualified', 'meeting', 'proposal', 'won', 'lost'] as const

/** Pipeline fields are the advisor's: a visitor's contact request cannot set them. */
const advisorsOrAdmins: FieldAccess = ({ req: { user } }) => {
  const role = roleOf(user)
  return role === 'advisor' || role === 'admin'
}

/** Written only by the invitation endpoints (overrideAccess). */
const nobodyField: FieldAccess = () => false

export const Prospects: CollectionConfig = {
  slug: 'prospects',
  labels: {
    singular: { fr: 'Prospect', en: 'Prospect' },
    plural: { fr: 'Prospects', en: 'Prospects' },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['lastName', 'firstName', 'email', 'stage', 'ownerAdvisor', 'nextActionAt'],
    group: { fr: 'Clients', en: 'Clients' },
    listSearchableFields: ['lastName', 'firstName', 'email', 'phone'],
  },
  endpoints: [contactEndpoint, invitationPreviewEndpoint, acceptInvitationEndpoint, inviteEndpoint],
  hooks: {
    beforeOperation: [checkContactRequest],
    beforeChange: [recordContactConsent, claimForAdvisor],
    afterChange: [assignOwnerAdvisor, notifyOwnerAdvisor],
  },
  access: {
    create: prospectCreators,
    read: prospectsVisible,
    update: prospectsVisible,
    delete: admins,
  },
  fields: [
    { name: 'firstName', label: { fr: 'Prénom', en: 'First name' }, type: 'text', maxLength: 100 },
    { name: 'lastName', label: { fr: 'Nom', en: 'Last name' }, type: 'text', required: true, maxLength: 100 },
    { name: 'email', label: { fr: 'E-mail', en: 'Email' }, type: 'email', required: true, index: true },
    { name: 'phone', label: { fr: 'Téléphone', en: 'Phone' }, type: 'text', maxLength: 30 },
    {
      name: 'message',
      label: { fr: 'Message', en: 'Message' },
      type: 'textarea',
      maxLength: 4000,
    },
    {
      name: 'contactConsent',
      label: { fr: 'Accepte d’être recontacté', en: 'Agrees to be contacted' },
      type: 'checkbox',
      virtual: true,
      admin: { hidden: true },
    },
    {
      name: 'contactConsentAt',
      label: { fr: 'Consentement au contact le', en: 'Contact consent at' },
      type: 'date',
      access: { update: nobodyField },
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'source',
      label: { fr: 'Origine', en: 'Source' },
      type: 'select',
      required: true,
      defaultValue: 'site',
      options: [
        { value: 'site', label: { fr: 'Site web', en: 'Website' } },
        { value: 'referral', label: { fr: 'Recommandation', en: 'Referral' } },
        { value: 'event', label: { fr: 'Événement', en: 'Event' } },
        { value: 'other', label: { fr: 'Autre', en: 'Other' } },
      ],
      access: { create: advisorsOrAdmins, update: advisorsOrAdmins },
    },
    {
      name: 'stage',
      label: { fr: 'Étape', en: 'Stage' },
      type: 'select',
      required: true,
      defaultValue: 'new',
      index: true,
      options: PIPELINE_STAGES.map((value) => ({
        value,
        label: {
          new: { fr: 'Nouveau', en: 'New' },
          contacted: { fr: 'Contacté', en: 'Contacted' },
          qualified: { fr: 'Qualifié', en: 'Qualified' },
          meeting: { fr: 'Rendez-vous', en: 'Meeting' },
          proposal: { fr: 'Proposition', en: 'Proposal' },
          won: { fr: 'Gagné', en: 'Won' },
          lost: { fr: 'Perdu', en: 'Lost' },
        }[value],
      })),
      access: { create: advisorsOrAdmins, update: advisorsOrAdmins },
    },
    {
      name: 'ownerAdvisor',
      label: { fr: 'Conseiller responsable', en: 'Owner advisor' },
      type: 'relationship',
      relationTo: 'users',
      index: true,
      filterOptions: usersWithRole('advisor'),
      access: { create: advisorsOrAdmins, update: advisorsOrAdmins },
    },
    moneyField({
      name: 'estimatedAssetsCents',
      label: { fr: 'Patrimoine estimé', en: 'Estimated assets' },
      access: { create: advisorsOrAdmins, update: advisorsOrAdmins },
    }),
    discoveryField,
    {
      name: 'nextActionAt',
      label: { fr: 'Prochaine action', en: 'Next action' },
      type: 'date',
      validate: calendarDate,
      index: true,
      access: { create: advisorsOrAdmins, update: advisorsOrAdmins },
    },
    {
      name: 'notes',
      label: { fr: 'Notes', en: 'Notes' },
      type: 'array',
      labels: { singular: { fr: 'Note', en: 'Note' }, plural: { fr: 'Notes', en: 'Notes' } },
      access: { create: advisorsOrAdmins, update: advisorsOrAdmins },
      fields: [
        { name: 'body', label: { fr: 'Note', en: 'Note' }, type: 'textarea', required: true, maxLength: 4000 },
        { name: 'author', label: { fr: 'Auteur', en: 'Author' }, type: 'relationship', relationTo: 'users' },
        { name: 'writtenAt', label: { fr: 'Date', en: 'Date' }, type: 'date' },
      ],
    },
    {
      name: 'convertedUser',
      label: { fr: 'Devenu client', en: 'Converted into' },
      type: 'relationship',
      relationTo: 'users',
      access: { create: advisorsOrAdmins, update: advisorsOrAdmins },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'inviteButton',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/admin/components/InviteButton#InviteButton' } },
    },
    {
      name: 'invitation',
      label: { fr: 'Invitation', en: 'Invitation' },
      type: 'group',
      access: { create: nobodyField, update: nobodyField },
      admin: { position: 'sidebar' },
      fields: [
        // Only the SHA-256 of the token; never readable through the API.
        { name: 'tokenHash', type: 'text', index: true, access: { read: nobodyField }, admin: { hidden: true } },
        { name: 'sentAt', label: { fr: 'Envoyée le', en: 'Sent at' }, type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'expiresAt', label: { fr: 'Expire le', en: 'Expires at' }, type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'acceptedAt', label: { fr: 'Acceptée le', en: 'Accepted at' }, type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'invitedBy', label: { fr: 'Invité par', en: 'Invited by' }, type: 'relationship', relationTo: 'users', admin: { readOnly: true } },
      ],
    },
  ],
}

import type { CollectionConfig, FieldAccess } from 'payload'
import { usersWithRole } from '../../fields/usersWithRole'
import { admins, adminsField } from '../../access/admins'
import { ownerAdvisorOrAdmin } from '../../access/ownerAdvisorOrAdmin'
import { derivedFields } from './fields/derived'
import { firstMeetingField } from './fields/firstMeeting'
import { investorFields } from './fields/investor'
import { situationFields } from './fields/situation'
import { checkAnswerShapes } from './hooks/checkAnswerShapes'
import { deriveAnswers } from './hooks/deriveAnswers'
import { guardAnswersLock } from './hooks/guardAnswersLock'
import { guardValidation } from './hooks/guardValidation'
import { nameAfterOwner } from './hooks/nameAfterOwner'
import { notifySubmission } from './hooks/notifySubmission'
import { notifyValidation } from './hooks/notifyValidation'
import { validateAnswers } from './hooks/validateAnswers'
import { validateProfileEndpoint } from './endpoints/validateProfile'

const setByHooksOnly: FieldAccess = () => false

/**
 * One profile per investor: the MiFID II suitability questionnaire (steps
 * in shared/src/profile/questionnaire). Answers are checked by the shared
 * step schemas; derived figures are recomputed on every write; each write
 * is kept as a version so what was submitted and validated stays on record.
 */
export const Profiles: CollectionConfig = {
  slug: 'profiles',
  labels: {
    singular: { fr: 'Profil investisseur', en: 'Investor profile' },
    plural: { fr: 'Profils investisseurs', en: 'Investor profiles' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'completionPct', 'riskScore', 'riskLabel', 'reviewDueAt', 'updatedAt'],
    group: { fr: 'Clients', en: 'Clients' },
  },
  versions: { maxPerDoc: 50, drafts: false },
  endpoints: [validateProfileEndpoint],
  access: {
    // Created with the account (users afterChange hook), never by hand.
    create: admins,
    read: ownerAdvisorOrAdmin,
    update: ownerAdvisorOrAdmin,
    delete: admins,
  },
  hooks: {
    beforeOperation: [checkAnswerShapes],
    beforeChange: [guardValidation, validateAnswers, guardAnswersLock, deriveAnswers, nameAfterOwner],
    afterChange: [notifyValidation, notifySubmission],
  },
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
      // The investor's name, kept by nameAfterOwner: what the admin shows as the profile's title.
      name: 'title',
      label: { fr: 'Investisseur (nom)', en: 'Investor (name)' },
      type: 'text',
      access: { create: setByHooksOnly, update: setByHooksOnly },
      admin: { readOnly: true, position: 'sidebar' },
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
      admin: { position: 'sidebar' },
    },
    {
      name: 'validatedBy',
      label: { fr: 'Validé par', en: 'Validated by' },
      type: 'relationship',
      relationTo: 'users',
      access: { create: setByHooksOnly, update: setByHooksOnly },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'validatedAt',
      label: { fr: 'Validé le', en: 'Validated at' },
      type: 'date',
      access: { create: setByHooksOnly, update: setByHooksOnly },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      // Set by the remindReviewDue job once the investor is told the yearly review is due; cleared by a new validation.
      name: 'reviewRemindedAt',
      label: { fr: 'Rappel de revue envoyé le', en: 'Review reminder sent at' },
      type: 'date',
      index: true,
      access: { create: setByHooksOnly, update: setByHooksOnly },
      admin: { readOnly: true, position: 'sidebar' },
    },
    firstMeetingField,
    ...derivedFields,
    ...situationFields,
    ...investorFields,
  ],
}

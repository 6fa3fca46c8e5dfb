import { usersWithRole } from '../../fields/usersWithRole'
import type { CollectionConfig } from 'payload'
import { ROLES } from '@atlas/shared'
import { adminOrSelf } from '../../access/adminOrSelf'
import { admins, adminsField } from '../../access/admins'
import { isStaff } from '@atlas/shared'
import { roleOf } from '../../access/roleOf'
import { usersVisible } from '../../access/usersVisible'
import { localeOf, resetPasswordMail, verifyEmailMail } from '../../email/templates'
import { checkPasswordStrength } from './hooks/checkPasswordStrength'
import { guardCredentials } from './hooks/guardCredentials'
import { markSessionSeen, recordSessionDevice } from './hooks/recordSessionDevice'
import { setPendingEmail } from './hooks/setPendingEmail'
import { tellCredentialChanges } from './hooks/tellCredentialChanges'
import { confirmEmailEndpoint } from './endpoints/confirmEmail'
import { resendVerificationEndpoint } from './endpoints/resendVerification'
import { listSessionsEndpoint, logoutOthersEndpoint } from './endpoints/sessions'
import { signUpEndpoint } from './endpoints/signUp'
import { assignAdvisor } from './hooks/assignAdvisor'
import { createProfileForInvestor } from './hooks/createProfileForInvestor'
import { recordAdvisorChange } from './hooks/recordAdvisorChange'
import { recordConsents } from './hooks/recordConsents'
import { removePersonalRecords } from './hooks/removePersonalRecords'
import { renameProfile } from './hooks/renameProfile'
import { welcomeInvestor } from './hooks/welcomeInvestor'
import { forgetSuccessfulLogin, throttleAnonymousEntry } from './hooks/throttleAnonymousEntry'
import { notificationPreferences } from './notificationPreferences'
import { acceptsNewClients } from './acceptsNewClients'
import { onboardingDismissedAt } from './onboardingDismissedAt'
import { twoFactorFields } from './twoFactorFields'
import { confirmTwoFactorEndpoint, startTwoFactorEndpoint } from './endpoints/twoFactorEnrolment'
import { cancelTwoFactorEndpoint, verifyTwoFactorEndpoint } from './endpoints/twoFactorLogin'
import { disableTwoFactorEndpoint, regenerateRecoveryCodesEndpoint, resetTwoFactorEndpoint } from './endpoints/twoFactorManage'
import { announceSecondFactor, holdSessionForSecondFactor } from '../../twoFactor/pendingSessions'
import { endSessionsOnNewStaffRole } from './hooks/endSessionsOnNewStaffRole'

/** Two hours: web refreshes the token before it runs out (see docs/decisions). */
export const TOKEN_LIFETIME_SECONDS = 2 * 60 * 60

export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { fr: 'Utilisateur', en: 'User' },
    plural: { fr: 'Utilisateurs', en: 'Users' },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'role', 'advisor', 'createdAt'],
    group: { fr: 'Comptes', en: 'Accounts' },
  },
  auth: {
    tokenExpiration: TOKEN_LIFETIME_SECONDS,
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    cookies: { sameSite: 'Lax' },
    forgotPassword: {
      expiration: 60 * 60 * 1000,
      // Web's reset page, not the admin's (investors never use /admin); HTML + text via the mail adapter.
      generateEmailSubject: ({ user } = {}) => resetPasswordMail(localeOf(user), { name: user?.name ?? '', token: '' }).subject,
      generateEmailHTML: ({ token, user } = {}) => resetPasswordMail(localeOf(user), { name: user?.name ?? '', token: token ?? '' }).html,
    },
    // An unverified account cannot log in (docs/decisions/020-account-security.md); the link goes to web.
    verify: {
      generateEmailSubject: ({ user }) => verifyEmailMail(localeOf(user), { name: user?.name ?? '', token: '' }).subject,
      generateEmailHTML: ({ token, user }) => verifyEmailMail(localeOf(user), { name: user?.name ?? '', token: token ?? '' }).html,
    },
  },
  endpoints: [
    signUpEndpoint,
    resendVerificationEndpoint,
    confirmEmailEndpoint,
    listSessionsEndpoint,
    logoutOthersEndpoint,
    startTwoFactorEndpoint,
    confirmTwoFactorEndpoint,
    verifyTwoFactorEndpoint,
    cancelTwoFactorEndpoint,
    disableTwoFactorEndpoint,
    regenerateRecoveryCodesEndpoint,
    resetTwoFactorEndpoint,
  ],
  access: {
    // Investors use the web portal; /admin is for staff only.
    admin: ({ req: { user } }) => isStaff(roleOf(user)),
    // Sign-up is POST /api/users/sign-up (no account oracle); this route is the admins'.
    create: admins,
    read: usersVisible,
    update: adminOrSelf,
    delete: admins,
    unlock: admins,
  },
  hooks: {
    beforeOperation: [throttleAnonymousEntry, guardCredentials, checkPasswordStrength],
    beforeChange: [recordConsents, setPendingEmail, assignAdvisor],
    afterChange: [createProfileForInvestor, renameProfile, welcomeInvestor, tellCredentialChanges, recordAdvisorChange, endSessionsOnNewStaffRole],
    // Last: the session is held for its second factor only once the others ran (docs/decisions/024).
    afterLogin: [forgetSuccessfulLogin, recordSessionDevice, holdSessionForSecondFactor],
    afterOperation: [announceSecondFactor],
    afterMe: [markSessionSeen],
    beforeDelete: [removePersonalRecords],
  },
  fields: [
    {
      name: 'name',
      label: { fr: 'Nom complet', en: 'Full name' },
      type: 'text',
      required: true,
      minLength: 2,
      maxLength: 100,
    },
    {
      name: 'role',
      label: { fr: 'Rôle', en: 'Role' },
      type: 'select',
      required: true,
      defaultValue: 'investor',
      saveToJWT: true,
      index: true,
      options: ROLES.map((value) => ({
        value,
        label: {
          admin: { fr: 'Administrateur', en: 'Admin' },
          advisor: { fr: 'Conseiller', en: 'Advisor' },
          editor: { fr: 'Éditeur', en: 'Editor' },
          investor: { fr: 'Investisseur', en: 'Investor' },
        }[value],
      })),
      // Nobody but an admin may choose a role: a sign-up is always an investor.
      access: { create: adminsField, update: adminsField },
    },
    {
      name: 'phone',
      label: { fr: 'Téléphone', en: 'Phone' },
      type: 'text',
      maxLength: 30,
    },
    {
      name: 'photo',
      label: { fr: 'Photo', en: 'Photo' },
      type: 'upload',
      relationTo: 'media',
      // Shown to the people this account serves (an advisor's clients): publicFields.ts.
    },
    {
      name: 'locale',
      label: { fr: 'Langue', en: 'Language' },
      type: 'select',
      required: true,
      defaultValue: 'fr',
      options: [
        { value: 'fr', label: 'Français' },
        { value: 'en', label: 'English' },
      ],
    },
    {
      name: 'advisor',
      label: { fr: 'Conseiller', en: 'Advisor' },
      type: 'relationship',
      relationTo: 'users',
      index: true,
      filterOptions: usersWithRole('advisor'),
      access: { create: adminsField, update: adminsField },
      admin: { condition: (data) => data?.role === 'investor' },
    },
    acceptsNewClients,
    onboardingDismissedAt,
    {
      name: 'acceptTerms',
      label: { fr: "J'accepte les conditions d'utilisation", en: 'I accept the terms of use' },
      type: 'checkbox',
      virtual: true,
      admin: { hidden: true },
    },
    {
      type: 'collapsible',
      label: { fr: 'Consentements', en: 'Consents' },
      fields: [
        {
          name: 'termsAcceptedAt',
          label: { fr: 'CGU acceptées le', en: 'Terms accepted at' },
          type: 'date',
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'marketingConsent',
          label: { fr: 'Accepte les communications', en: 'Accepts marketing' },
          type: 'checkbox',
          defaultValue: false,
        },
        {
          name: 'marketingConsentAt',
          label: { fr: 'Consentement modifié le', en: 'Consent changed at' },
          type: 'date',
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    notificationPreferences,
    ...twoFactorFields,
    {
      name: 'pendingEmail',
      label: { fr: 'Nouvelle adresse en attente de confirmation', en: 'New address awaiting confirmation' },
      type: 'email',
      // Only the person and admins see an address waiting for confirmation.
      access: {
        read: ({ req: { user }, doc }) => roleOf(user) === 'admin' || (Boolean(user) && String(doc?.id) === String(user?.id)),
        create: () => false,
        update: () => false,
      },
      admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.pendingEmail) },
    },
    { name: 'pendingEmailTokenHash', type: 'text', hidden: true, index: true, access: { create: () => false, update: () => false } },
    { name: 'pendingEmailExpiresAt', type: 'date', hidden: true, access: { create: () => false, update: () => false } },
    {
      name: 'stripeCustomerId',
      label: { fr: 'Référence client Stripe', en: 'Stripe customer reference' },
      type: 'text',
      index: true,
      access: { read: adminsField, create: adminsField, update: adminsField },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'knowledgeEvidence',
      label: { fr: 'Preuves de connaissance (quiz réussis)', en: 'Knowledge evidence (passed quizzes)' },
      type: 'join',
      collection: 'knowledge-evidence',
      on: 'owner',
      defaultLimit: 20,
      admin: {
        defaultColumns: ['productClass', 'quizTitle', 'score', 'attempt', 'passedAt'],
        description: {
          fr: 'À rapprocher des connaissances déclarées dans le questionnaire : la déclaration seule ne suffit pas (MiFID II).',
          en: 'Compare with the knowledge declared in the questionnaire: self-assessment alone is not enough (MiFID II).',
        },
        condition: (data) => data?.role === 'investor',
      },
    },
  ],
}

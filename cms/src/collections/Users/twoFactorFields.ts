import type { Field, FieldAccess } from 'payload'
import { roleOf } from '../../access/roleOf'

const nobody = () => false
const selfOrAdmin: FieldAccess = ({ req: { user }, doc }) =>
  roleOf(user) === 'admin' || (Boolean(user) && String(doc?.id) === String(user?.id))

/** Set and read only by the two-factor endpoints (server code), never through the API: `hidden` drops them from every answer. */
const secret = (name: string, type: 'text' | 'number' | 'json'): Field =>
  ({ name, type, hidden: true, access: { create: nobody, update: nobody } }) as Field

/**
 * Two-factor authentication (docs/decisions/024-two-factor-authentication.md):
 * the sealed TOTP secret, the digests of the recovery codes, the last time
 * step used (no replay), the login sessions held for their code; what the
 * person and admins may see is only whether it is on, and any admin reset.
 */
export const twoFactorFields: Field[] = [
  secret('totpSecret', 'text'),
  secret('totpPendingSecret', 'text'),
  secret('totpLastStep', 'number'),
  secret('recoveryCodeHashes', 'json'),
  secret('twoFactorPending', 'json'),
  {
    type: 'collapsible',
    label: { fr: 'Double authentification', en: 'Two-factor authentication' },
    admin: { position: 'sidebar' },
    fields: [
      {
        name: 'twoFactorEnabledAt',
        label: { fr: 'Double authentification activée le', en: 'Two-factor authentication on since' },
        type: 'date',
        access: { read: selfOrAdmin, create: nobody, update: nobody },
        admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
      },
      {
        name: 'twoFactorResetAt',
        label: { fr: 'Réinitialisée par un administrateur le', en: 'Reset by an administrator at' },
        type: 'date',
        access: { read: selfOrAdmin, create: nobody, update: nobody },
        admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' }, condition: (data) => Boolean(data?.twoFactorResetAt) },
      },
      {
        name: 'twoFactorResetBy',
        label: { fr: 'Réinitialisée par', en: 'Reset by' },
        type: 'relationship',
        relationTo: 'users',
        access: { read: ({ req: { user } }) => roleOf(user) === 'admin', create: nobody, update: nobody },
        admin: { readOnly: true, condition: (data) => Boolean(data?.twoFactorResetBy) },
      },
      {
        name: 'twoFactorReset',
        type: 'ui',
        admin: { components: { Field: '/admin/twoFactor/TwoFactorResetButton#TwoFactorResetButton' } },
      },
    ],
  },
]

import type { Field } from 'payload'
import { adminsField } from '../../access/admins'

/**
 * Whether the least-busy rule may give this advisor new clients and
 * prospects (off for an advisor on leave or with a full book). An admin's
 * choice; when no advisor accepts, the rule falls back to all advisors, so
 * an investor is never left without one (docs/decisions/025).
 */
export const acceptsNewClients: Field = {
  name: 'acceptsNewClients',
  label: { fr: 'Reçoit les nouveaux clients et prospects', en: 'Receives new clients and prospects' },
  type: 'checkbox',
  defaultValue: true,
  access: { create: adminsField, update: adminsField },
  admin: {
    position: 'sidebar',
    condition: (data) => data?.role === 'advisor',
    description: {
      fr: 'Attribution automatique au conseiller le moins chargé (inscriptions, demandes de contact).',
      en: 'Automatic assignment to the least busy advisor (sign-ups, contact requests).',
    },
  },
}

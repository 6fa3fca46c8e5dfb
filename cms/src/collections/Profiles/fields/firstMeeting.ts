import type { Field, FieldAccess } from 'payload'
import { roleOf } from '../../../access/roleOf'

/** The advisor (the collection's update rule: the one serving this investor) or an admin. */
const advisorOrAdminField: FieldAccess = ({ req: { user } }) => {
  const role = roleOf(user)
  return role === 'advisor' || role === 'admin'
}

/**
 * When the advisor first met the client, as the advisor records it: the
 * "Rencontrer votre conseiller" step of the investor's onboarding checklist
 * (shared/src/onboarding/checklist.ts). The investor reads it, never sets it.
 */
export const firstMeetingField: Field = {
  name: 'firstMeetingAt',
  label: { fr: 'Premier rendez-vous le', en: 'First meeting on' },
  type: 'date',
  access: { create: advisorOrAdminField, update: advisorOrAdminField },
  admin: {
    position: 'sidebar',
    date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' },
    description: {
      fr: 'À renseigner après le premier rendez-vous : l’étape « Rencontrer votre conseiller » du client est alors cochée.',
      en: 'Fill in after the first meeting: the client’s “Meet your advisor” step is then ticked.',
    },
  },
}

import type { Field, FieldAccess, Validate } from 'payload'
import { translate } from '@atlas/shared/i18n'
import { discoveryAnswerSchema, PROSPECT_DISCOVERY_ANSWERS } from '@atlas/shared/profile/questionnaire/prefill'
import { roleOf } from '../../../access/roleOf'
import { requestLocale } from '../../../i18n/requestLocale'
import { bilingual, optionsOf } from '../../Profiles/fields/labels'

const advisorsOrAdmins: FieldAccess = ({ req: { user } }) => {
  const role = roleOf(user)
  return role === 'advisor' || role === 'admin'
}

/** Checked with the questionnaire's own answer schema, so what is kept here can be copied into the profile as is. */
const asAnswer =
  (field: keyof typeof PROSPECT_DISCOVERY_ANSWERS): Validate =>
  (value, { req }) => {
    if (value === null || value === undefined || value === '') return true
    const parsed = discoveryAnswerSchema(field).safeParse(value)
    return parsed.success || translate(requestLocale(req), parsed.error.issues[0]?.message ?? 'errors.required')
  }

const label = (field: keyof typeof PROSPECT_DISCOVERY_ANSWERS) => {
  const [step, answer] = PROSPECT_DISCOVERY_ANSWERS[field]
  return bilingual(`questionnaire.field.${step}.${answer}`)
}

/**
 * What the advisor learns about a prospect before they become a client, in
 * the questionnaire's own terms: copied into the new investor's profile when
 * the invitation is accepted (shared/profile/questionnaire/prefill.ts).
 */
export const discoveryField: Field = {
  name: 'discovery',
  label: { fr: 'Découverte (pré-remplit le questionnaire)', en: 'Discovery (prefills the questionnaire)' },
  type: 'group',
  access: { create: advisorsOrAdmins, update: advisorsOrAdmins },
  fields: [
    { name: 'birthDate', type: 'text', label: label('birthDate'), validate: asAnswer('birthDate'), admin: { placeholder: 'AAAA-MM-JJ' } },
    { name: 'maritalStatus', type: 'select', options: optionsOf('maritalStatus'), label: label('maritalStatus') },
    { name: 'dependants', type: 'number', min: 0, max: 20, label: label('dependants'), validate: asAnswer('dependants') },
    { name: 'profession', type: 'text', maxLength: 100, label: label('profession') },
    { name: 'employmentStatus', type: 'select', options: optionsOf('employmentStatus'), label: label('employmentStatus') },
    { name: 'horizonYears', type: 'number', min: 0, max: 50, label: label('horizonYears'), validate: asAnswer('horizonYears') },
  ],
}

import type { Field, FieldAccess } from 'payload'
import { DEFAULT_NOTIFICATION_PREFERENCES, NOTIFICATION_EVENTS } from '@atlas/shared/notifications'
import { roleOf } from '../../access/roleOf'

const EVENT_LABELS = {
  profileValidated: { fr: 'Questionnaire validé', en: 'Questionnaire validated' },
  coursePublished: { fr: 'Nouvelle formation', en: 'New course' },
  reviewDue: { fr: 'Revue annuelle due', en: 'Yearly review due' },
  assistantAnswerReady: { fr: 'Réponse de l’assistant', en: 'Assistant answer' },
  advisorMessage: { fr: 'Message du conseiller', en: 'Advisor message' },
  documentReady: { fr: 'Nouveau document', en: 'New document' },
} as const

/** The person and admins; an advisor reading a client's account does not see these. */
const selfOrAdmin: FieldAccess = ({ req: { user }, doc }) => roleOf(user) === 'admin' || (Boolean(user) && doc?.id === user?.id)

/**
 * Per event, whether the person wants it in the portal and/or by e-mail.
 * Defaults from shared/src/notifications/events.ts (accounts created before
 * these fields read as the defaults: effectivePreferences).
 * Written with PATCH /api/users/:id by the person (web's preferences page).
 */
export const notificationPreferences: Field = {
  name: 'notificationPreferences',
  label: { fr: 'Préférences de notification', en: 'Notification preferences' },
  type: 'group',
  access: { read: selfOrAdmin },
  admin: { condition: (data) => data?.role === 'investor' },
  fields: NOTIFICATION_EVENTS.map((event) => ({
    name: event,
    label: EVENT_LABELS[event],
    type: 'group' as const,
    fields: (['inApp', 'email'] as const).map((channel) => ({
      name: channel,
      label: channel === 'inApp' ? { fr: 'Dans l’espace', en: 'In the portal' } : { fr: 'Par e-mail', en: 'By e-mail' },
      type: 'checkbox' as const,
      defaultValue: DEFAULT_NOTIFICATION_PREFERENCES[event][channel],
    })),
  })),
}

import type { CollectionConfig } from 'payload'
import { admins } from '../../access/admins'
import { nobody } from '../../access/nobody'

const readOnly = { readOnly: true } as const

/**
 * Every Stripe event the webhook handled, once each (eventId is unique): the
 * row is written in the same transaction as the event's effect, so a replay
 * finds it and changes nothing (docs/decisions/034-billing-stripe.md).
 * Admins read it; nobody writes it through the API.
 */
export const StripeEvents: CollectionConfig<'stripe-events'> = {
  slug: 'stripe-events',
  labels: {
    singular: { fr: 'Événement Stripe', en: 'Stripe event' },
    plural: { fr: 'Événements Stripe', en: 'Stripe events' },
  },
  admin: {
    useAsTitle: 'eventId',
    defaultColumns: ['eventId', 'type', 'outcome', 'note', 'createdAt'],
    group: { fr: 'Facturation', en: 'Billing' },
  },
  defaultSort: '-createdAt',
  access: { create: nobody, read: admins, update: nobody, delete: nobody },
  fields: [
    { name: 'eventId', label: { fr: 'Identifiant', en: 'Event id' }, type: 'text', required: true, unique: true, index: true, admin: readOnly },
    { name: 'type', label: { fr: 'Type', en: 'Type' }, type: 'text', required: true, admin: readOnly },
    { name: 'livemode', label: { fr: 'Mode réel', en: 'Live mode' }, type: 'checkbox', defaultValue: false, admin: readOnly },
    {
      name: 'outcome',
      label: { fr: 'Résultat', en: 'Outcome' },
      type: 'select',
      required: true,
      options: [
        { value: 'applied', label: { fr: 'Appliqué', en: 'Applied' } },
        { value: 'ignored', label: { fr: 'Ignoré', en: 'Ignored' } },
        { value: 'stale', label: { fr: 'Périmé (plus ancien que l’état connu)', en: 'Stale (older than the known state)' } },
      ],
      admin: readOnly,
    },
    { name: 'note', label: { fr: 'Remarque', en: 'Note' }, type: 'text', admin: readOnly },
  ],
}

import type { CollectionConfig } from 'payload'
import { customerOrAdmin } from '../../access/customerOrAdmin'
import { nobody } from '../../access/nobody'
import { moneyField } from '../../fields/moneyField'
import { SUBSCRIPTION_STATUSES } from '@atlas/shared/billing/subscriptionStatus'
import { mrrContribution } from './hooks/mrrContribution'

const readOnly = { readOnly: true } as const

const statusLabels: Record<(typeof SUBSCRIPTION_STATUSES)[number], { fr: string; en: string }> = {
  incomplete: { fr: 'Incomplet', en: 'Incomplete' },
  incomplete_expired: { fr: 'Expiré', en: 'Incomplete, expired' },
  trialing: { fr: 'Essai', en: 'Trialing' },
  active: { fr: 'Actif', en: 'Active' },
  past_due: { fr: 'Paiement en retard', en: 'Past due' },
  canceled: { fr: 'Résilié', en: 'Canceled' },
  unpaid: { fr: 'Impayé', en: 'Unpaid' },
  paused: { fr: 'En pause', en: 'Paused' },
}

/**
 * One Stripe subscription of an investor, as the webhook last saw it
 * (docs/decisions/034-billing-stripe.md). Written only by the webhook
 * handler (overrideAccess, in the event's transaction); the customer reads
 * their own, admins all; nobody changes it through the API.
 */
export const Subscriptions: CollectionConfig<'subscriptions'> = {
  slug: 'subscriptions',
  labels: {
    singular: { fr: 'Abonnement', en: 'Subscription' },
    plural: { fr: 'Abonnements', en: 'Subscriptions' },
  },
  admin: {
    useAsTitle: 'stripeSubscriptionId',
    defaultColumns: ['customer', 'plan', 'status', 'startedAt', 'mrrCents'],
    group: { fr: 'Facturation', en: 'Billing' },
  },
  defaultSort: '-createdAt',
  access: { create: nobody, read: customerOrAdmin, update: nobody, delete: nobody },
  indexes: [{ fields: ['customer', 'status'] }],
  fields: [
    {
      name: 'customer',
      label: { fr: 'Client', en: 'Customer' },
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      admin: readOnly,
    },
    { name: 'plan', label: { fr: 'Offre', en: 'Plan' }, type: 'relationship', relationTo: 'plans', admin: readOnly },
    {
      type: 'row',
      fields: [
        {
          name: 'interval',
          label: { fr: 'Périodicité', en: 'Interval' },
          type: 'select',
          required: true,
          options: [
            { value: 'month', label: { fr: 'Mensuelle', en: 'Monthly' } },
            { value: 'year', label: { fr: 'Annuelle', en: 'Yearly' } },
          ],
          admin: readOnly,
        },
        {
          name: 'status',
          label: { fr: 'Statut', en: 'Status' },
          type: 'select',
          required: true,
          index: true,
          options: SUBSCRIPTION_STATUSES.map((value) => ({ value, label: statusLabels[value] })),
          admin: readOnly,
        },
      ],
    },
    moneyField({ name: 'amountCents', label: { fr: 'Montant TTC par période', en: 'Amount incl. VAT per period' }, admin: readOnly }),
    {
      name: 'mrrCents',
      label: { fr: 'Contribution au revenu mensuel (MRR)', en: 'MRR contribution' },
      type: 'number',
      virtual: true,
      admin: { readOnly: true, components: { Cell: '/admin/components/money/MoneyCell#MoneyCell' } },
      hooks: { afterRead: [mrrContribution] },
    },
    { name: 'startedAt', label: { fr: 'Depuis le', en: 'Since' }, type: 'date', admin: readOnly },
    { name: 'currentPeriodEnd', label: { fr: 'Fin de la période payée', en: 'Current period end' }, type: 'date', admin: readOnly },
    { name: 'trialEndsAt', label: { fr: 'Fin de l’essai', en: 'Trial ends at' }, type: 'date', admin: readOnly },
    {
      name: 'cancelAtPeriodEnd',
      label: { fr: 'Résilié à la fin de la période', en: 'Cancels at period end' },
      type: 'checkbox',
      defaultValue: false,
      admin: readOnly,
    },
    { name: 'canceledAt', label: { fr: 'Résilié le', en: 'Canceled at' }, type: 'date', admin: readOnly },
    { name: 'paymentFailedAt', label: { fr: 'Paiement échoué le', en: 'Payment failed at' }, type: 'date', admin: readOnly },
    {
      type: 'collapsible',
      label: { fr: 'Stripe', en: 'Stripe' },
      admin: { initCollapsed: true },
      fields: [
        { name: 'stripeSubscriptionId', label: { fr: 'Abonnement Stripe', en: 'Stripe subscription' }, type: 'text', required: true, unique: true, index: true, admin: readOnly },
        { name: 'stripeCustomerId', label: { fr: 'Client Stripe', en: 'Stripe customer' }, type: 'text', index: true, admin: readOnly },
        { name: 'stripePriceId', label: { fr: 'Prix Stripe', en: 'Stripe price' }, type: 'text', admin: readOnly },
        {
          name: 'stripeEventCreated',
          label: { fr: 'Dernier événement appliqué (horodatage Unix)', en: 'Last applied event (Unix time)' },
          type: 'number',
          admin: readOnly,
        },
      ],
    },
  ],
}

import type { Field } from 'payload'

const readOnly = { readOnly: true } as const

/**
 * What the plan sync (cms/src/billing/planSync.ts) made at Stripe: the
 * Product, the current monthly and yearly Prices and the amounts they were
 * made for (a changed amount makes a new Price; old subscribers keep theirs).
 * Empty in the demo (no STRIPE_SECRET_KEY). Written by the sync only.
 */
export const stripeFields: Field = {
  name: 'stripe',
  label: { fr: 'Synchronisation Stripe', en: 'Stripe sync' },
  type: 'group',
  admin: { readOnly: true, position: 'sidebar' },
  access: { create: () => false, update: () => false },
  fields: [
    { name: 'productId', label: { fr: 'Produit Stripe', en: 'Stripe product' }, type: 'text', admin: readOnly },
    { name: 'monthlyPriceId', label: { fr: 'Prix mensuel', en: 'Monthly price' }, type: 'text', admin: readOnly },
    { name: 'yearlyPriceId', label: { fr: 'Prix annuel', en: 'Yearly price' }, type: 'text', admin: readOnly },
    { name: 'monthlyPriceCents', label: { fr: 'Montant du prix mensuel (centimes)', en: 'Monthly price amount (cents)' }, type: 'number', admin: readOnly },
    { name: 'yearlyPriceCents', label: { fr: 'Montant du prix annuel (centimes)', en: 'Yearly price amount (cents)' }, type: 'number', admin: readOnly },
    { name: 'syncedAt', label: { fr: 'Synchronisé le', en: 'Synced at' }, type: 'date', admin: readOnly },
    { name: 'syncError', label: { fr: 'Erreur de synchronisation', en: 'Sync error' }, type: 'text', admin: readOnly },
  ],
}

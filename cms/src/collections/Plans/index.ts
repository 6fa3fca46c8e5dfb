import type { CollectionConfig, UIField } from 'payload'
import { editorialContent } from '../../access/editorialContent'
import { moneyField } from '../../fields/moneyField'
import { queuePlanSync } from './hooks/queuePlanSync'
import { stripeFields } from './stripeFields'

/** The price HT next to the TTC prices, at the plan's VAT rate (shown only; nothing stored). */
const exclVat = (source: string, name: string): UIField => ({
  name,
  type: 'ui',
  admin: { components: { Field: { path: '/admin/components/money/PriceExclVat#PriceExclVat', clientProps: { source } } } },
})

/**
 * The subscription plans shown on /tarifs (pricing table block). Prices in
 * integer euro cents, incl. VAT; a free plan has 0. Drafts: visitors see a
 * plan only once it is published.
 */
export const Plans: CollectionConfig<'plans'> = {
  slug: 'plans',
  labels: {
    singular: { fr: 'Offre', en: 'Plan' },
    plural: { fr: 'Offres', en: 'Plans' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'monthlyPriceCents', 'yearlyPriceCents', 'highlighted', '_status'],
    group: { fr: 'Contenus', en: 'Content' },
  },
  defaultSort: 'order',
  versions: { drafts: true, maxPerDoc: 20 },
  access: editorialContent,
  hooks: { afterChange: [queuePlanSync] },
  fields: [
    { name: 'name', label: { fr: 'Nom', en: 'Name' }, type: 'text', required: true, maxLength: 60 },
    { name: 'tagline', label: { fr: 'Accroche', en: 'Tagline' }, type: 'text', maxLength: 160 },
    {
      type: 'row',
      fields: [
        moneyField({
          name: 'monthlyPriceCents',
          label: { fr: 'Prix mensuel TTC', en: 'Monthly price incl. VAT' },
          required: true,
          max: 10_000_000,
          admin: { description: { fr: '0 = gratuit.', en: '0 = free.' } },
        }),
        moneyField({
          name: 'yearlyPriceCents',
          label: { fr: 'Prix annuel TTC', en: 'Yearly price incl. VAT' },
          max: 100_000_000,
          admin: { description: { fr: 'Vide : pas de formule annuelle.', en: 'Empty: no yearly option.' } },
        }),
      ],
    },
    { type: 'row', fields: [exclVat('monthlyPriceCents', 'monthlyPriceExclVat'), exclVat('yearlyPriceCents', 'yearlyPriceExclVat')] },
    {
      type: 'row',
      fields: [
        {
          name: 'trialDays',
          label: { fr: 'Jours d’essai gratuit', en: 'Free trial days' },
          type: 'number',
          min: 0,
          max: 90,
          defaultValue: 0,
          admin: { description: { fr: '0 = pas d’essai.', en: '0 = no trial.' }, step: 1 },
        },
        {
          name: 'vatRateBps',
          label: { fr: 'Taux de TVA (points de base)', en: 'VAT rate (basis points)' },
          type: 'number',
          min: 0,
          max: 10_000,
          defaultValue: 2000,
          admin: { description: { fr: '2000 = 20 %. Les prix restent TTC.', en: '2000 = 20 %. Prices stay incl. VAT.' }, step: 1 },
        },
      ],
    },
    {
      name: 'features',
      label: { fr: 'Ce qui est inclus', en: 'What is included' },
      type: 'array',
      labels: { singular: { fr: 'Avantage', en: 'Feature' }, plural: { fr: 'Avantages', en: 'Features' } },
      minRows: 1,
      maxRows: 12,
      required: true,
      fields: [{ name: 'text', label: { fr: 'Élément', en: 'Item' }, type: 'text', required: true, maxLength: 160 }],
    },
    {
      type: 'row',
      fields: [
        { name: 'ctaLabel', label: { fr: 'Libellé du bouton', en: 'Button label' }, type: 'text', maxLength: 40 },
        {
          name: 'highlighted',
          label: { fr: 'Mise en avant (« Le plus choisi »)', en: 'Highlighted ("Most popular")' },
          type: 'checkbox',
          defaultValue: false,
        },
        { name: 'order', label: { fr: 'Ordre d’affichage', en: 'Display order' }, type: 'number', defaultValue: 0, min: 0, max: 100 },
      ],
    },
    stripeFields,
  ],
}

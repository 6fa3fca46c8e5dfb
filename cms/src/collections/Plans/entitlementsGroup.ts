import type { Field, NumberFieldSingleValidation } from 'payload'
import { number } from 'payload/shared'
import { requestLocale } from '../../i18n/requestLocale'

/** A count (questions, meetings): Payload's own checks, then a whole number. */
const wholeCount: NumberFieldSingleValidation = (value, options) => {
  const base = number(value, options)
  if (base !== true || value == null) return base
  return Number.isInteger(value) || (requestLocale(options.req) === 'en' ? 'The value must be a whole number.' : 'La valeur doit être un nombre entier.')
}

/**
 * What the plan unlocks, enforced by the cms (cms/src/billing/entitlements.ts,
 * docs/decisions/036-entitlements.md) for the investors subscribed to it.
 * Without a subscription an investor has the free set fixed in code
 * (FREE_ENTITLEMENTS): a free plan's group only shows it.
 */
export const planEntitlementsGroup: Field = {
  name: 'entitlements',
  label: { fr: 'Droits inclus', en: 'Included entitlements' },
  type: 'group',
  admin: {
    description: {
      fr: 'Ce que l’abonnement à cette offre débloque, vérifié par le serveur. Sans abonnement, un investisseur a toujours les droits gratuits (10 questions par mois, pas de formation premium ni de bilan PDF) : pour une offre gratuite, ces valeurs sont indicatives.',
      en: 'What a subscription to this plan unlocks, checked by the server. Without a subscription an investor always has the free set (10 questions a month, no premium course, no PDF report): on a free plan these values are for display.',
    },
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'assistantMessagesPerMonth',
          label: { fr: 'Questions à l’assistant par mois', en: 'Assistant questions per month' },
          type: 'number',
          min: 0,
          max: 100_000,
          validate: wholeCount,
          admin: { step: 1, description: { fr: 'Vide : illimité.', en: 'Empty: unlimited.' } },
        },
        {
          name: 'advisorMeetingsPerYear',
          label: { fr: 'Rendez-vous conseiller par an', en: 'Advisor meetings per year' },
          type: 'number',
          defaultValue: 0,
          min: 0,
          max: 52,
          validate: wholeCount,
          admin: { step: 1 },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'premiumCourses', label: { fr: 'Formations premium', en: 'Premium courses' }, type: 'checkbox', defaultValue: false },
        { name: 'documentsBilan', label: { fr: 'Bilan patrimonial en PDF', en: 'Patrimony report (PDF)' }, type: 'checkbox', defaultValue: false },
      ],
    },
  ],
}

import { FREE_ENTITLEMENTS } from '@atlas/shared/billing/entitlements'

/** The three demo subscription plans (prices incl. VAT, integer cents) and what each unlocks (decision 036). */
export const DEMO_PLANS = [
  {
    name: 'Découverte',
    tagline: 'Pour faire le point et apprendre les bases, sans engagement.',
    monthlyPriceCents: 0,
    yearlyPriceCents: null,
    highlighted: false,
    order: 1,
    ctaLabel: 'Commencer gratuitement',
    // What every investor without a subscription has (FREE_ENTITLEMENTS), shown on the free plan.
    entitlements: FREE_ENTITLEMENTS,
    features: [
      'Bilan patrimonial : actifs, dettes, patrimoine net',
      'Questionnaire investisseur et profil de risque',
      'Parcours de formation « Les bases de l’épargne »',
      'Données hébergées dans l’Union européenne',
    ],
  },
  {
    name: 'Essentiel',
    tagline: 'Pour suivre son patrimoine dans le temps et se former en profondeur.',
    monthlyPriceCents: 990,
    yearlyPriceCents: 9900,
    highlighted: true,
    order: 2,
    ctaLabel: 'Choisir Essentiel',
    entitlements: { assistantMessagesPerMonth: 100, premiumCourses: true, documentsBilan: false, advisorMeetingsPerYear: 1 },
    features: [
      'Tout Découverte, plus :',
      'Évolution du patrimoine mois par mois',
      'Tous les parcours de formation et leurs quiz',
      'Objectifs chiffrés et projection de votre épargne',
      'Un échange par an avec un conseiller',
    ],
  },
  {
    name: 'Patrimoine',
    tagline: 'Pour être accompagné toute l’année par un conseiller dédié.',
    monthlyPriceCents: 2900,
    yearlyPriceCents: 29000,
    highlighted: false,
    order: 3,
    ctaLabel: 'Choisir Patrimoine',
    entitlements: { assistantMessagesPerMonth: null, premiumCourses: true, documentsBilan: true, advisorMeetingsPerYear: 4 },
    features: [
      'Tout Essentiel, plus :',
      'Un conseiller en gestion de patrimoine dédié',
      'Validation de votre profil et revue annuelle',
      'Rendez-vous en visio chaque trimestre',
      'Rapport patrimonial détaillé en PDF',
    ],
  },
] as const

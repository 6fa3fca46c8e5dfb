/** Prospects of the demo advisor, at different stages of the pipeline. */
export const DEMO_PROSPECTS = [
  {
    firstName: 'Julien',
    lastName: 'Moreau',
    email: 'julien.moreau@exemple.fr',
    phone: '06 12 34 56 78',
    source: 'site',
    stage: 'new',
    estimatedAssetsCents: 15_000_000,
    message: 'Bonjour, je souhaite faire le point sur mon épargne avant un achat immobilier.',
    notes: [],
  },
  {
    firstName: 'Sophie',
    lastName: 'Laurent',
    email: 'sophie.laurent@exemple.fr',
    source: 'referral',
    stage: 'qualified',
    estimatedAssetsCents: 42_000_000,
    notes: ['Recommandée par Camille Martin. Intéressée par la préparation de la retraite (PER).'],
  },
  {
    firstName: 'Karim',
    lastName: 'Haddad',
    email: 'karim.haddad@exemple.fr',
    source: 'event',
    stage: 'meeting',
    estimatedAssetsCents: 8_500_000,
    notes: ['Rencontré au salon Patrimonia.', 'Rendez-vous fixé pour présenter l’offre.'],
  },
] as const

/**
 * DEMO ONLY — the firm's legal information, clearly fictitious: the SIREN
 * passes the Luhn check (the field demands it) but belongs to no company,
 * the ORIAS number is all zeros, every domain is an `exemple` one. A real
 * deployment replaces all of it in /admin → Informations du cabinet.
 */
export const DEMO_FIRM = {
  legalName: 'Atlas Patrimoine SAS (fictif)',
  legalForm: 'Société par actions simplifiée (fictive)',
  capitalCents: 1_000_000,
  siren: '123456782',
  rcsCity: 'Paris',
  address: { street: '1 rue de l’Exemple (adresse fictive)', postcode: '75008', city: 'Paris' },
  phone: '+33 1 00 00 00 00',
  email: 'contact@atlas-patrimoine.exemple',
  orias: { number: '00000000', categories: ['cif', 'coa'] },
  cifAssociation: 'Association professionnelle de CIF (fictive)',
  insurance: { insurer: 'Assurances de l’Exemple (fictif)', policyNumber: 'RCP-0000-FICTIF' },
  mediator: {
    name: 'Médiateur de l’Exemple (fictif)',
    address: '2 avenue de la Médiation, 75001 Paris (adresse fictive)',
    website: 'https://mediateur.exemple',
  },
  dpo: { name: 'Délégué fictif à la protection des données', email: 'dpo@atlas-patrimoine.exemple' },
  publicationDirector: 'Camille Exemple (fictive), présidente',
  // FR + key of SIREN 123 456 782 (shared/src/billing/vatNumber.ts); penalties: the usual clause.
  invoicing: { vatNumber: 'FR11123456782', vatFranchise: false, latePaymentPenalty: 'trois fois le taux d’intérêt légal' },
  host: { name: 'Hébergeur de l’Exemple SAS (fictif)', address: '3 quai des Serveurs, 59000 Lille (adresse fictive)' },
} as const

import type { Branding } from './firmBranding'

/** A complete firm, an investor and their advisor, for PDF tests and benches that need no database. */
export const exampleBranding = (investorName = 'Hélène Morvan'): Branding => ({
  firm: {
    id: 1,
    legalName: 'Atlas Patrimoine',
    legalForm: 'SAS',
    capitalCents: 1_000_000,
    siren: '123456789',
    rcsCity: 'Paris',
    address: { street: '12 rue de la Paix', postcode: '75002', city: 'Paris' },
    email: 'contact@atlas.example',
    orias: { number: '12345678', categories: ['cif'] },
    cifAssociation: 'la CNCEF Patrimoine',
    insurance: { insurer: 'MMA', policyNumber: 'RC-1' },
    mediator: { name: 'Médiateur de l’AMF' },
    dpo: { name: 'DPO', email: 'dpo@atlas.example' },
    publicationDirector: 'Jeanne Martin',
    host: { name: 'Hébergeur', address: 'Paris' },
  },
  logo: null,
  investor: { id: 7, name: investorName, email: 'client@example.com', phone: null, locale: 'fr' },
  advisor: { id: 3, name: 'Paul Conseil', email: 'paul@atlas.example', phone: null },
})

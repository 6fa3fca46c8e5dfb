import type { firmFr } from './firm.fr'

export const firmEn: Record<keyof typeof firmFr, string> = {
  'errors.firm.siren': 'A SIREN has 9 digits and a valid check digit (Luhn algorithm).',
  'errors.firm.orias': 'An ORIAS number has 8 digits.',
  'errors.firm.email': 'This e-mail address is not valid (example: name@domain.com).',
  'errors.firm.postcode': 'A French postcode has 5 digits (example: 75008).',
  'errors.firm.url': 'The website address must start with https:// or http://.',

  'firm.orias': 'ORIAS no. {number}',
  'firm.category.cif': 'Financial investment adviser (CIF)',
  'firm.category.coa': 'Insurance broker (COA)',
  'firm.category.mia': 'Insurance intermediary’s agent (MIA)',
  'firm.category.cobsp': 'Banking and payment services broker (COBSP)',
  'firm.category.mobsp': 'Non-exclusive banking agent (MOBSP)',
  'firm.category.iobsp': 'Banking intermediary (IOBSP)',
  'firm.category.agent-general': 'General insurance agent',

  'footer.terms': 'Terms of use',
}

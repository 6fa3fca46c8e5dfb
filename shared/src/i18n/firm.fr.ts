/** The firm's legal information: field errors (cms) and the words around it (web footer, e-mails). */
export const firmFr = {
  'errors.firm.siren': 'Le SIREN doit compter 9 chiffres et respecter la clé de contrôle (algorithme de Luhn).',
  'errors.firm.orias': 'Le numéro ORIAS doit compter 8 chiffres.',
  'errors.firm.email': 'Cette adresse e-mail n’est pas valide (exemple : nom@domaine.fr).',
  'errors.firm.postcode': 'Le code postal doit compter 5 chiffres (exemple : 75008).',
  'errors.firm.url': 'L’adresse du site doit commencer par https:// ou http://.',

  'firm.orias': 'ORIAS n° {number}',
  'firm.category.cif': 'Conseiller en investissements financiers (CIF)',
  'firm.category.coa': 'Courtier en assurance (COA)',
  'firm.category.mia': 'Mandataire d’intermédiaire d’assurance (MIA)',
  'firm.category.cobsp': 'Courtier en opérations de banque et services de paiement (COBSP)',
  'firm.category.mobsp': 'Mandataire non exclusif en opérations de banque (MOBSP)',
  'firm.category.iobsp': 'Intermédiaire en opérations de banque (IOBSP)',
  'firm.category.agent-general': 'Agent général d’assurance',

  'footer.terms': 'CGU',
}

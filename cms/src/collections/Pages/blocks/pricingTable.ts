import type { Block } from 'payload'

/** The plans side by side, from the `plans` collection (none chosen: every published plan). */
export const pricingTableBlock: Block = {
  slug: 'pricingTable',
  interfaceName: 'PricingTableBlock',
  labels: { singular: { fr: 'Grille tarifaire', en: 'Pricing table' }, plural: { fr: 'Grilles tarifaires', en: 'Pricing tables' } },
  fields: [
    { name: 'title', label: { fr: 'Titre', en: 'Title' }, type: 'text', required: true, maxLength: 120 },
    { name: 'lead', label: { fr: 'Chapeau', en: 'Lead' }, type: 'textarea', maxLength: 300 },
    {
      name: 'plans',
      label: { fr: 'Offres affichées (dans l’ordre)', en: 'Plans shown (in order)' },
      type: 'relationship',
      relationTo: 'plans',
      hasMany: true,
      maxRows: 4,
      admin: { description: { fr: 'Vide : toutes les offres publiées, dans leur ordre.', en: 'Empty: every published plan, in order.' } },
    },
    { name: 'footnote', label: { fr: 'Note sous la grille', en: 'Footnote' }, type: 'textarea', maxLength: 400 },
  ],
}

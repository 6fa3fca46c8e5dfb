import type { Block } from 'payload'
import { buttonField } from '../../../fields/linkTarget'

/** The top of a page: its only h1. Without an image, the landing shows the illustrative dashboard card. */
export const heroBlock: Block = {
  slug: 'hero',
  interfaceName: 'HeroBlock',
  labels: { singular: { fr: 'Bandeau d’accroche', en: 'Hero' }, plural: { fr: 'Bandeaux d’accroche', en: 'Heroes' } },
  fields: [
    { name: 'eyebrow', label: { fr: 'Surtitre', en: 'Eyebrow' }, type: 'text', maxLength: 80 },
    { name: 'title', label: { fr: 'Titre (h1)', en: 'Title (h1)' }, type: 'text', required: true, maxLength: 120 },
    { name: 'lead', label: { fr: 'Chapeau', en: 'Lead' }, type: 'textarea', maxLength: 400 },
    buttonField('primary', { fr: 'Bouton principal', en: 'Primary button' }),
    buttonField('secondary', { fr: 'Bouton secondaire', en: 'Secondary button' }),
    { name: 'note', label: { fr: 'Mention sous les boutons', en: 'Note under the buttons' }, type: 'text', maxLength: 160 },
    {
      name: 'visual',
      label: { fr: 'Visuel', en: 'Visual' },
      type: 'select',
      required: true,
      defaultValue: 'dashboardExample',
      options: [
        { value: 'dashboardExample', label: { fr: 'Exemple de tableau de bord (illustratif)', en: 'Example dashboard (illustrative)' } },
        { value: 'image', label: { fr: 'Image', en: 'Image' } },
        { value: 'none', label: { fr: 'Aucun', en: 'None' } },
      ],
    },
    {
      name: 'image',
      label: { fr: 'Image', en: 'Image' },
      type: 'upload',
      relationTo: 'media',
      required: true,
      admin: { condition: (_data, sibling) => sibling?.visual === 'image' },
    },
  ],
}

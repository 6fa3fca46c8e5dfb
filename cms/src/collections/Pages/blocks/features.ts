import type { Block, TextFieldSingleValidation } from 'payload'
import { requestLocale } from '../../../i18n/requestLocale'

const anchorName: TextFieldSingleValidation = (value, { req }) =>
  value == null ||
  value === '' ||
  (typeof value === 'string' && /^[a-z][a-z0-9-]*$/.test(value)) ||
  (requestLocale(req) === 'en'
    ? 'Lowercase letters, digits and hyphens, starting with a letter.'
    : 'Lettres minuscules, chiffres et tirets, en commençant par une lettre.')

/** Icons web knows how to draw (web/app/components/icons.tsx). */
export const FEATURE_ICONS = ['chart', 'book', 'advisor', 'shield', 'europe', 'lock'] as const

/** A titled group of short items: cards with icons, numbered steps, or a checklist. */
export const featuresBlock: Block = {
  slug: 'features',
  interfaceName: 'FeaturesBlock',
  labels: { singular: { fr: 'Atouts', en: 'Features' }, plural: { fr: 'Atouts', en: 'Features' } },
  fields: [
    { name: 'title', label: { fr: 'Titre', en: 'Title' }, type: 'text', required: true, maxLength: 120 },
    { name: 'lead', label: { fr: 'Chapeau', en: 'Lead' }, type: 'textarea', maxLength: 300 },
    {
      type: 'row',
      fields: [
        {
          name: 'style',
          label: { fr: 'Présentation', en: 'Layout' },
          type: 'select',
          required: true,
          defaultValue: 'cards',
          options: [
            { value: 'cards', label: { fr: 'Cartes', en: 'Cards' } },
            { value: 'steps', label: { fr: 'Étapes numérotées', en: 'Numbered steps' } },
            { value: 'list', label: { fr: 'Liste à icônes', en: 'Icon list' } },
          ],
        },
        {
          name: 'anchor',
          label: { fr: 'Ancre (#…)', en: 'Anchor (#…)' },
          type: 'text',
          maxLength: 40,
          validate: anchorName,
          admin: { description: { fr: 'Pour un lien /#ancre, ex. « fonctionnalites ».', en: 'For a /#anchor link.' } },
        },
        { name: 'tinted', label: { fr: 'Fond teinté', en: 'Tinted background' }, type: 'checkbox', defaultValue: false },
      ],
    },
    {
      name: 'items',
      label: { fr: 'Éléments', en: 'Items' },
      type: 'array',
      labels: { singular: { fr: 'Élément', en: 'Item' }, plural: { fr: 'Éléments', en: 'Items' } },
      required: true,
      minRows: 1,
      maxRows: 12,
      fields: [
        {
          name: 'icon',
          label: { fr: 'Icône', en: 'Icon' },
          type: 'select',
          options: [
            { value: 'chart', label: { fr: 'Graphique', en: 'Chart' } },
            { value: 'book', label: { fr: 'Livre', en: 'Book' } },
            { value: 'advisor', label: { fr: 'Conseiller', en: 'Advisor' } },
            { value: 'shield', label: { fr: 'Bouclier', en: 'Shield' } },
            { value: 'europe', label: { fr: 'Globe', en: 'Globe' } },
            { value: 'lock', label: { fr: 'Cadenas', en: 'Lock' } },
          ] satisfies { value: (typeof FEATURE_ICONS)[number]; label: unknown }[],
        },
        { name: 'title', label: { fr: 'Titre', en: 'Title' }, type: 'text', required: true, maxLength: 100 },
        { name: 'text', label: { fr: 'Texte', en: 'Text' }, type: 'textarea', required: true, maxLength: 400 },
      ],
    },
  ],
}

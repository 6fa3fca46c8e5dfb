import type { Block } from 'payload'

/** Running text (about, legal notice, privacy policy…), edited with Lexical. */
export const proseBlock: Block = {
  slug: 'prose',
  interfaceName: 'ProseBlock',
  labels: { singular: { fr: 'Texte', en: 'Text' }, plural: { fr: 'Textes', en: 'Texts' } },
  fields: [
    {
      name: 'width',
      label: { fr: 'Largeur', en: 'Width' },
      type: 'select',
      required: true,
      defaultValue: 'reading',
      options: [
        { value: 'reading', label: { fr: 'Colonne de lecture', en: 'Reading column' } },
        { value: 'note', label: { fr: 'Petite note (avertissement)', en: 'Small print (disclaimer)' } },
      ],
    },
    { name: 'content', label: { fr: 'Contenu', en: 'Content' }, type: 'richText', required: true },
  ],
}

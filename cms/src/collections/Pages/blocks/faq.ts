import type { Block } from 'payload'

/** Questions and answers, shown as disclosure widgets (work without JavaScript). */
export const faqBlock: Block = {
  slug: 'faq',
  interfaceName: 'FaqBlock',
  labels: { singular: { fr: 'Questions fréquentes', en: 'FAQ' }, plural: { fr: 'Questions fréquentes', en: 'FAQs' } },
  fields: [
    { name: 'title', label: { fr: 'Titre', en: 'Title' }, type: 'text', required: true, maxLength: 120 },
    {
      name: 'items',
      label: { fr: 'Questions', en: 'Questions' },
      type: 'array',
      labels: { singular: { fr: 'Question', en: 'Question' }, plural: { fr: 'Questions', en: 'Questions' } },
      required: true,
      minRows: 1,
      maxRows: 40,
      fields: [
        { name: 'question', label: { fr: 'Question', en: 'Question' }, type: 'text', required: true, maxLength: 200 },
        { name: 'answer', label: { fr: 'Réponse', en: 'Answer' }, type: 'richText', required: true },
      ],
    },
  ],
}

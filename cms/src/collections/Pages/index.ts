import type { CollectionConfig } from 'payload'
import { editorialContent } from '../../access/editorialContent'
import { titleAndSlug } from '../../fields/titleAndSlug'

export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: {
    singular: { fr: 'Page', en: 'Page' },
    plural: { fr: 'Pages', en: 'Pages' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', '_status', 'updatedAt'],
    group: { fr: 'Contenus', en: 'Content' },
  },
  versions: { drafts: true, maxPerDoc: 50 },
  access: editorialContent,
  fields: [
    ...titleAndSlug,
    { name: 'content', label: { fr: 'Contenu', en: 'Content' }, type: 'richText' },
    {
      type: 'group',
      name: 'meta',
      label: { fr: 'Référencement', en: 'SEO' },
      fields: [
        { name: 'title', label: { fr: 'Titre SEO', en: 'SEO title' }, type: 'text', maxLength: 70 },
        { name: 'description', label: { fr: 'Description', en: 'Description' }, type: 'textarea', maxLength: 160 },
      ],
    },
  ],
}

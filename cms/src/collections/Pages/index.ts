import type { CollectionConfig } from 'payload'
import { editorsOrAdmins } from '../../access/editorsOrAdmins'
import { publishedOrEditors } from '../../access/publishedOrEditors'
import { slugFormat } from '../../fields/validators'

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
  access: {
    create: editorsOrAdmins,
    read: publishedOrEditors,
    update: editorsOrAdmins,
    delete: editorsOrAdmins,
    readVersions: editorsOrAdmins,
  },
  fields: [
    { name: 'title', label: { fr: 'Titre', en: 'Title' }, type: 'text', required: true, maxLength: 160 },
    {
      name: 'slug',
      label: { fr: 'Identifiant d’URL', en: 'Slug' },
      type: 'text',
      required: true,
      unique: true,
      index: true,
      validate: slugFormat,
    },
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

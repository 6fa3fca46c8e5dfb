import type { CollectionConfig } from 'payload'
import { editorialContent } from '../../access/editorialContent'
import { titleAndSlug } from '../../fields/titleAndSlug'

export const Courses: CollectionConfig = {
  slug: 'courses',
  labels: {
    singular: { fr: 'Formation', en: 'Course' },
    plural: { fr: 'Formations', en: 'Courses' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'level', '_status', 'publishedAt'],
    group: { fr: 'Contenus', en: 'Content' },
  },
  versions: { drafts: true, maxPerDoc: 50 },
  access: editorialContent,
  fields: [
    ...titleAndSlug,
    { name: 'summary', label: { fr: 'Résumé', en: 'Summary' }, type: 'textarea', maxLength: 600 },
    {
      name: 'level',
      label: { fr: 'Niveau', en: 'Level' },
      type: 'select',
      required: true,
      defaultValue: 'beginner',
      options: [
        { value: 'beginner', label: { fr: 'Débutant', en: 'Beginner' } },
        { value: 'intermediate', label: { fr: 'Intermédiaire', en: 'Intermediate' } },
        { value: 'advanced', label: { fr: 'Avancé', en: 'Advanced' } },
      ],
    },
    { name: 'cover', label: { fr: 'Couverture', en: 'Cover' }, type: 'upload', relationTo: 'media' },
    { name: 'body', label: { fr: 'Présentation', en: 'Overview' }, type: 'richText' },
    {
      name: 'publishedAt',
      label: { fr: 'Publié le', en: 'Published at' },
      type: 'date',
      admin: { position: 'sidebar' },
    },
  ],
}

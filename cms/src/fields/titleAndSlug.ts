import type { Field } from 'payload'
import { SLUG_DESCRIPTION, slugFromTitle, slugOrTitle } from './slugFromTitle'

/** The title and URL slug every editorial document has (the slug made from the title when left empty). */
export const titleAndSlug: Field[] = [
  { name: 'title', label: { fr: 'Titre', en: 'Title' }, type: 'text', required: true, maxLength: 160 },
  {
    name: 'slug',
    label: { fr: 'Identifiant d’URL', en: 'Slug' },
    type: 'text',
    required: true,
    unique: true,
    index: true,
    validate: slugOrTitle,
    hooks: { beforeValidate: [slugFromTitle] },
    admin: { description: SLUG_DESCRIPTION },
  },
]

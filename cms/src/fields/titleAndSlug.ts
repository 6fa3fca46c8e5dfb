import type { Field } from 'payload'
import { slugFormat } from './validators'

/** The title and URL slug every editorial document has. */
export const titleAndSlug: Field[] = [
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
]

import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { anyone } from '../../access/anyone'
import { editorsOrAdmins } from '../../access/editorsOrAdmins'
import { env } from '../../env'

export const Media: CollectionConfig = {
  slug: 'media',
  labels: {
    singular: { fr: 'Média', en: 'Media' },
    plural: { fr: 'Médias', en: 'Media' },
  },
  admin: { group: { fr: 'Contenus', en: 'Content' } },
  access: {
    read: anyone,
    create: editorsOrAdmins,
    update: editorsOrAdmins,
    delete: editorsOrAdmins,
  },
  upload: {
    staticDir: env.mediaDir || path.resolve(process.cwd(), '.data/media'),
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'image/svg+xml', 'application/pdf'],
  },
  fields: [
    {
      name: 'alt',
      label: { fr: 'Texte alternatif', en: 'Alt text' },
      type: 'text',
      required: true,
      maxLength: 300,
    },
  ],
}

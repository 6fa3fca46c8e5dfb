import type { CollectionConfig } from 'payload'
import { editorialContent } from '../../access/editorialContent'
import { titleAndSlug } from '../../fields/titleAndSlug'
import { PAGE_BLOCKS } from './blocks'
import { previewPageEndpoint } from './endpoints/previewPage'
import { pagePreviewUrl } from './previewUrl'

/**
 * The public site's pages (landing `accueil`, `a-propos`, `tarifs`, `faq`,
 * `mentions-legales`, `confidentialite`, …), built from blocks. Served by web
 * at `/<slug>` (`accueil` at `/`). Visitors read published versions only;
 * editors preview drafts through a signed link (docs/decisions/014-marketing-pages-and-preview.md).
 * Content is French: localizing it is out of scope (same decision).
 */
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
    preview: pagePreviewUrl,
    // A written-out « Prévisualiser » instead of Payload's bare icon.
    components: { edit: { PreviewButton: '/admin/components/LabelledPreviewButton#LabelledPreviewButton' } },
    description: {
      fr: 'Pages du site public. La page « accueil » est la page d’accueil ; les autres sont servies à /identifiant.',
      en: 'Public site pages. The "accueil" page is the home page; others are served at /slug.',
    },
  },
  versions: { drafts: true, maxPerDoc: 50 },
  access: editorialContent,
  endpoints: [previewPageEndpoint],
  fields: [
    ...titleAndSlug,
    {
      name: 'layout',
      label: { fr: 'Contenu de la page', en: 'Page content' },
      type: 'blocks',
      labels: { singular: { fr: 'bloc', en: 'block' }, plural: { fr: 'blocs', en: 'blocks' } },
      blocks: PAGE_BLOCKS,
      maxRows: 30,
    },
    {
      type: 'group',
      name: 'meta',
      label: { fr: 'Référencement', en: 'SEO' },
      admin: { description: { fr: 'Titre et description dans les moteurs de recherche et les partages.', en: 'Title and description for search engines and shares.' } },
      fields: [
        { name: 'title', label: { fr: 'Titre SEO', en: 'SEO title' }, type: 'text', maxLength: 70 },
        { name: 'description', label: { fr: 'Description', en: 'Description' }, type: 'textarea', maxLength: 160 },
        { name: 'image', label: { fr: 'Image de partage (1200 × 630)', en: 'Share image (1200 × 630)' }, type: 'upload', relationTo: 'media' },
      ],
    },
  ],
}

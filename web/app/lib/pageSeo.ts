import type { MetaDescriptor } from 'react-router'
import { absoluteUrl } from '@atlas/shared/pages'
import type { Media, Page } from '@atlas/shared/payload-types'

/**
 * The head of a cms page: title, description, Open Graph and canonical
 * link, all absolute from WEB_URL. A draft shown in preview is never indexed.
 */
export type PageSeo = {
  title: string
  description: string
  canonical: string
  image: string | null
  preview: boolean
}

const mediaUrl = (media: unknown, mediaBase: string): string | null => {
  const url = (media as Media | null | undefined)?.url
  if (typeof url !== 'string' || url === '') return null
  return url.startsWith('/') ? absoluteUrl(mediaBase, url) : url.startsWith('https://') ? url : null
}

export function pageSeo(page: Page, options: { webUrl: string; mediaBase: string; path: string; preview: boolean; fallbackDescription: string }): PageSeo {
  return {
    title: page.meta?.title?.trim() || `${page.title} · Atlas`,
    description: page.meta?.description?.trim() || options.fallbackDescription,
    canonical: absoluteUrl(options.webUrl, options.path),
    image: mediaUrl(page.meta?.image, options.mediaBase),
    preview: options.preview,
  }
}

export function seoTags(seo: PageSeo): MetaDescriptor[] {
  return [
    { title: seo.title },
    { name: 'description', content: seo.description },
    { property: 'og:title', content: seo.title },
    { property: 'og:description', content: seo.description },
    { property: 'og:type', content: 'website' },
    { property: 'og:url', content: seo.canonical },
    { property: 'og:locale', content: 'fr_FR' },
    { property: 'og:site_name', content: 'Atlas' },
    ...(seo.image ? [{ property: 'og:image', content: seo.image }] : []),
    { tagName: 'link', rel: 'canonical', href: seo.canonical },
    ...(seo.preview ? [{ name: 'robots', content: 'noindex, nofollow' }] : []),
  ]
}

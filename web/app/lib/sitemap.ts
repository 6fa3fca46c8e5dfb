import { absoluteUrl, pagePath } from '@atlas/shared/pages'

/*
 * /sitemap.xml and /robots.txt, built from what the cms publishes.
 * Absolute URLs come from WEB_URL.
 */

export type SitemapUrl = { path: string; lastmod?: string }

const escapeXml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')

/** Pages at their site path, courses at /formation/<slug>, plus the fixed public pages; sorted, without duplicates. */
export function sitemapUrls(docs: { pages: { slug: string; updatedAt: string }[]; courses: { slug: string; updatedAt: string }[] }): SitemapUrl[] {
  const urls = new Map<string, SitemapUrl>()
  for (const path of ['/formation', '/contact', '/mentions-legales', '/cgu', '/confidentialite']) urls.set(path, { path })
  for (const page of docs.pages) urls.set(pagePath(page.slug), { path: pagePath(page.slug), lastmod: page.updatedAt })
  for (const course of docs.courses) {
    const path = `/formation/${course.slug}`
    urls.set(path, { path, lastmod: course.updatedAt })
  }
  return [...urls.values()].sort((a, b) => a.path.localeCompare(b.path))
}

export function sitemapXml(base: string, urls: SitemapUrl[]): string {
  const entries = urls.map(({ path, lastmod }) => {
    const date = lastmod ? new Date(lastmod) : null
    const lastmodTag = date && !Number.isNaN(date.getTime()) ? `<lastmod>${date.toISOString()}</lastmod>` : ''
    return `  <url><loc>${escapeXml(absoluteUrl(base, path))}</loc>${lastmodTag}</url>`
  })
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</urlset>\n`
}

/** Paths robots should not crawl: the investor portal, auth and account pages, and resource routes. */
export const DISALLOWED_PATHS = [
  '/portail',
  '/connexion',
  '/inscription',
  '/deconnexion',
  '/mot-de-passe-oublie',
  '/reinitialiser-mot-de-passe',
  '/invitation',
  '/langue',
  '/healthz',
  '/contact/merci',
  '/*?apercu=',
]

export function robotsTxt(base: string): string {
  return [
    'User-agent: *',
    'Allow: /',
    ...DISALLOWED_PATHS.map((path) => `Disallow: ${path}`),
    '',
    `Sitemap: ${absoluteUrl(base, '/sitemap.xml')}`,
    '',
  ].join('\n')
}
